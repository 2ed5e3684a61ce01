package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.RateLimiter;
import org.campuscareers.common.RateLimiter.Limit;

/**
 * The rate limits of mutations, counted before a mutation runs (and before its transaction
 * begins): every mutation one hit of {@code campus.limits.writes-per-minute}, and each one a client
 * could repeat to flood others (rows, events every viewer receives, notifications) one hit of its
 * own limit as well. A document with several mutation fields counts each. Anonymous callers are
 * not counted: every mutation refuses them.
 */
final class WriteLimits extends SimplePerformantInstrumentation {

    private final RateLimiter limiter;
    private final Caller caller;
    private final Limit writes;
    private final Map<String, Limit> byMutation;

    WriteLimits(RateLimiter limiter, Caller caller, CampusConfig.Limits limits) {
        this.limiter = limiter;
        this.caller = caller;
        this.writes = new Limit("writes", "changes of any kind", limits.writesPerMinute());
        this.byMutation = byMutation(limits);
    }

    /** Which mutation counts against which limit besides {@code writes}: the one table of them. */
    static Map<String, Limit> byMutation(CampusConfig.Limits limits) {
        Limit applications = new Limit("applications", "applications", limits.applicationsPerMinute());
        Limit upvotes = new Limit("upvotes", "upvotes and upvote removals", limits.upvotesPerMinute());
        Limit employers = new Limit("employers", "employer registrations", limits.employerRegistrationsPerMinute());
        Limit postings = new Limit("postings", "new postings", limits.postingsPerMinute());
        Limit members = new Limit("members", "member additions", limits.memberAdditionsPerMinute());
        Limit sessions = new Limit(
                "sessionRegistrations",
                "session registrations and cancellations",
                limits.sessionRegistrationsPerMinute());
        Limit featured =
                new Limit("featuredPostings", "featured-posting changes", limits.featuredPostingChangesPerMinute());
        Limit questions = new Limit("questions", "questions in all sessions", limits.questionsPerMinute());
        Limit guidance = new Limit(
                "guidanceBookings",
                "counselling bookings, event registrations and their cancellations",
                limits.guidanceBookingsPerMinute());
        Limit visits =
                new Limit("employerVisits", "employer visits and programme changes", limits.employerVisitsPerMinute());
        return Map.ofEntries(
                Map.entry("applyToPosting", applications),
                Map.entry("upvoteQuestion", upvotes),
                Map.entry("removeQuestionUpvote", upvotes),
                Map.entry("registerEmployer", employers),
                Map.entry("createPosting", postings),
                Map.entry("addEmployerMember", members),
                Map.entry("removeEmployerMember", members),
                Map.entry("acceptEmployerInvitation", members),
                Map.entry("revokeEmployerInvitation", members),
                Map.entry("registerForSession", sessions),
                Map.entry("unregisterFromSession", sessions),
                Map.entry("setFeaturedPostings", featured),
                Map.entry("askQuestion", questions),
                Map.entry("bookAppointment", guidance),
                Map.entry("cancelAppointment", guidance),
                Map.entry("registerForGuidanceEvent", guidance),
                Map.entry("cancelGuidanceRegistration", guidance),
                Map.entry("recordEmployerVisit", visits),
                Map.entry("createCooperationProgramme", visits),
                Map.entry("enrolInCooperationProgramme", visits),
                Map.entry("attachPostingToProgramme", visits));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        if (operation.getOperation() != OperationDefinition.Operation.MUTATION) {
            return null;
        }
        String subject = caller.subject();
        if (subject == null) {
            return null;
        }
        List<Limit> hits = new ArrayList<>();
        collect(operation.getSelectionSet(), execution.getFragmentsByName(), hits);
        try {
            limiter.acquire(subject, hits);
        } catch (ApiException refused) {
            throw new AbortExecutionException(List.of(
                    new ContractError(refused.code(), refused.getMessage(), null, null, null, refused.extensions())));
        } catch (RuntimeException failed) {
            // Counting needs the database: when it is down the caller hears that, not an HTTP 500.
            throw new AbortExecutionException(List.of(ErrorShaping.forFailure(failed)));
        }
        return null;
    }

    /** Two hits for each root field: {@code writes} and its own limit, if it has one. */
    private void collect(SelectionSet selections, Map<String, FragmentDefinition> fragments, List<Limit> hits) {
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().startsWith("__")) {
                    continue;
                }
                hits.add(writes);
                Limit own = byMutation.get(field.getName());
                if (own != null) {
                    hits.add(own);
                }
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), fragments, hits);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                collect(fragments.get(spread.getName()).getSelectionSet(), fragments, hits);
            }
        }
    }
}
