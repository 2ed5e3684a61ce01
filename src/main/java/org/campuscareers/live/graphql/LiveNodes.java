package org.campuscareers.live.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.live.Question;
import org.campuscareers.live.QuestionService;
import org.campuscareers.live.RecruitmentSession;
import org.campuscareers.live.SessionService;

/** Sessions and questions by global id. */
final class LiveNodes {

    private LiveNodes() {}

    @ApplicationScoped
    static class Sessions implements NodeResolver {

        private final SessionService service;

        Sessions(SessionService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return RecruitmentSession.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findOrNull(id);
        }
    }

    @ApplicationScoped
    static class Questions implements NodeResolver {

        private final QuestionService service;

        Questions(QuestionService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return Question.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findVisible(id);
        }
    }
}
