package org.campuscareers.graduate.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.graduate.Resume;

/** Graduates and resumes by global id. */
final class GraduateNodes {

    private GraduateNodes() {}

    @ApplicationScoped
    static class Graduates implements NodeResolver {

        private final GraduateService service;

        Graduates(GraduateService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return Graduate.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findVisible(id);
        }
    }

    @ApplicationScoped
    static class Resumes implements NodeResolver {

        private final GraduateService service;

        Resumes(GraduateService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return Resume.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findVisibleResume(id);
        }
    }
}
