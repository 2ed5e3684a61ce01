package org.campuscareers.live.graphql;

import io.quarkus.security.Authenticated;
import org.campuscareers.common.GlobalId;
import org.campuscareers.live.Question;
import org.campuscareers.live.QuestionService;
import org.campuscareers.live.graphql.SessionInputs.AnswerQuestionInput;
import org.campuscareers.live.graphql.SessionInputs.AnswerQuestionPayload;
import org.campuscareers.live.graphql.SessionInputs.AskQuestionInput;
import org.campuscareers.live.graphql.SessionInputs.AskQuestionPayload;
import org.campuscareers.live.graphql.SessionInputs.ModerateQuestionInput;
import org.campuscareers.live.graphql.SessionInputs.ModerateQuestionPayload;
import org.campuscareers.live.graphql.SessionInputs.RemoveQuestionUpvoteInput;
import org.campuscareers.live.graphql.SessionInputs.RemoveQuestionUpvotePayload;
import org.campuscareers.live.graphql.SessionInputs.UpvoteQuestionInput;
import org.campuscareers.live.graphql.SessionInputs.UpvoteQuestionPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class QuestionGraphQL {

    private final QuestionService service;

    public QuestionGraphQL(QuestionService service) {
        this.service = service;
    }

    @Authenticated
    @Mutation("askQuestion")
    @NonNull
    @Description("Ask a question in a scheduled or live session (any signed-in user; a few a minute at most).")
    public AskQuestionPayload askQuestion(@NonNull @Name("input") AskQuestionInput input) {
        return new AskQuestionPayload(service.askQuestion(
                SessionGraphQL.sessionId(input.sessionId()), input.body(), Boolean.TRUE.equals(input.anonymous())));
    }

    @Authenticated
    @Mutation("upvoteQuestion")
    @NonNull
    @Description("Upvote a question (any signed-in user); a second upvote changes nothing.")
    public UpvoteQuestionPayload upvoteQuestion(@NonNull @Name("input") UpvoteQuestionInput input) {
        return new UpvoteQuestionPayload(service.upvoteQuestion(questionId(input.questionId())));
    }

    @Authenticated
    @Mutation("removeQuestionUpvote")
    @NonNull
    @Description("Take back the caller's upvote (any signed-in user).")
    public RemoveQuestionUpvotePayload removeQuestionUpvote(@NonNull @Name("input") RemoveQuestionUpvoteInput input) {
        return new RemoveQuestionUpvotePayload(service.removeQuestionUpvote(questionId(input.questionId())));
    }

    @Authenticated
    @Mutation("answerQuestion")
    @NonNull
    @Description("Answer a question (hosts, staff).")
    public AnswerQuestionPayload answerQuestion(@NonNull @Name("input") AnswerQuestionInput input) {
        return new AnswerQuestionPayload(service.answerQuestion(questionId(input.questionId()), input.answer()));
    }

    @Authenticated
    @Mutation("moderateQuestion")
    @NonNull
    @Description("Publish, hide, pin or unpin a question (hosts, staff).")
    public ModerateQuestionPayload moderateQuestion(@NonNull @Name("input") ModerateQuestionInput input) {
        return new ModerateQuestionPayload(service.moderateQuestion(questionId(input.questionId()), input.action()));
    }

    private static long questionId(String id) {
        return GlobalId.require(Question.TYPE, id, "questionId");
    }
}
