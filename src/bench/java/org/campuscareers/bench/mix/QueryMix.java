package org.campuscareers.bench.mix;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The query mix of bench/querymix.sh: what each kind of request asks, of the service and of the
 * peer (PostGraphile 5, amber preset, on the same database), how often, and how to tell a real
 * answer from an empty one. docs/PERFORMANCE.md ("Query mix") says why each peer query is the
 * equivalent of the service's.
 */
public final class QueryMix {

    /** Who answers: the service, or PostGraphile with its generated schema. */
    public enum Server {
        SERVICE,
        POSTGRAPHILE
    }

    /** The kinds of request, with their share of the mix in percent. */
    public enum Kind {
        SEARCH(40, "a Chinese search, page of 20 postings with their employers"),
        POSTING(20, "a posting by node(id:)"),
        EMPLOYER(20, "an employer with its 10 latest postings"),
        MY_APPLICATIONS(10, "a graduate's own applications, page of 20"),
        APPLY(10, "applyToPosting as a graduate (service only)"),
        // Beyond the tuned mix: each measured alone (bench/querymix.sh --extra), not in the mix.
        POSTING_DETAIL(0, "a posting with its employer and the employer's 5 newest postings"),
        EMPLOYERS_PAGE(0, "a page of 50 employers"),
        SESSIONS(0, "the session listing, 20 soonest, with hosts and featured postings"),
        APPLICANTS(0, "an employer's applicants, page of 20, as a member of that employer"),
        REVIEW_QUEUE(0, "staff's posting review queue, 20 oldest, as staff"),
        GUIDANCE_EVENTS(0, "the guidance events that have not ended, 20 soonest"),
        COUNSELLING_SLOTS(0, "the upcoming counselling slots, 20 soonest, as a graduate");

        public final int weight;
        public final String description;

        Kind(int weight, String description) {
            this.weight = weight;
            this.description = description;
        }

        public String file() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** Words present in the generated postings (each matches 70 to 1,400 open postings at scale 1.0). */
    public static final List<String> TERMS = List.of("化学", "科研助理", "工程师", "实习", "数据", "算法", "软件", "教师");

    static final String SERVICE_SEARCH = """
            query Search($term: String!) {
              postings(filter: {search: $term}, first: 20) {
                edges { cursor node { id title kind region salaryMin salaryMax publishedAt deadline employer { id name kind } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String PEER_SEARCH = """
            query Search($term: String!) {
              postings: benchPeerSearchPostings(term: $term, first: 20) {
                edges { cursor node { id title kind region salaryMin salaryMax publishedAt deadline employer: employerByEmployerId { id name kind } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SERVICE_POSTING = """
            query Posting($id: ID!) {
              node(id: $id) {
                ... on Posting { id title description kind status region salaryMin salaryMax headcount publishedAt deadline employer { id name industry region } }
              }
            }""";
    static final String PEER_POSTING = """
            query Posting($id: ID!) {
              node(id: $id) {
                ... on Posting { id title description kind status region salaryMin salaryMax headcount publishedAt deadline employer: employerByEmployerId { id name industry region } }
              }
            }""";
    static final String SERVICE_EMPLOYER = """
            query Employer($id: ID!) {
              node(id: $id) {
                ... on Employer { id name kind industry region postings(first: 10) { edges { node { id title kind publishedAt deadline } } } }
              }
            }""";
    static final String PEER_EMPLOYER = """
            query Employer($id: ID!) {
              node(id: $id) {
                ... on Employer {
                  id name kind industry region
                  postings: postingsByEmployerId(first: 10, condition: {status: "PUBLISHED"}, orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC]) {
                    edges { node { id title kind publishedAt deadline } }
                  }
                }
              }
            }""";
    static final String SERVICE_MY_APPLICATIONS = """
            query MyApplications {
              viewer { applications(first: 20) { edges { node { id status submittedAt posting { id title employer { id name } } } } } }
            }""";
    static final String PEER_MY_APPLICATIONS = """
            query MyApplications($subject: String!) {
              viewer: graduateBySubject(subject: $subject) {
                applications: applicationsByGraduateId(first: 20, orderBy: [SUBMITTED_AT_DESC, ROW_ID_DESC]) {
                  edges { node { id status submittedAt posting: postingByPostingId { id title employer: employerByEmployerId { id name } } } }
                }
              }
            }""";
    static final String SERVICE_POSTING_DETAIL = """
            query PostingDetail($id: ID!) {
              node(id: $id) {
                ... on Posting {
                  id title description kind status region salaryMin salaryMax headcount publishedAt deadline
                  employer { id name industry region postings(first: 5) { edges { node { id title kind publishedAt deadline } } } }
                }
              }
            }""";
    static final String PEER_POSTING_DETAIL = """
            query PostingDetail($id: ID!) {
              node(id: $id) {
                ... on Posting {
                  id title description kind status region salaryMin salaryMax headcount publishedAt deadline
                  employer: employerByEmployerId {
                    id name industry region
                    postings: postingsByEmployerId(first: 5, condition: {status: "PUBLISHED"}, orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC]) {
                      edges { node { id title kind publishedAt deadline } }
                    }
                  }
                }
              }
            }""";
    static final String SERVICE_EMPLOYERS_PAGE = """
            query Employers {
              employers(first: 50) { edges { node { id name kind industry region } } pageInfo { hasNextPage endCursor } }
            }""";
    static final String PEER_EMPLOYERS_PAGE = """
            query Employers {
              employers: allEmployers(first: 50, condition: {status: "VERIFIED"}, orderBy: [PRIMARY_KEY_ASC]) {
                edges { node { id name kind industry region } } pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SERVICE_SESSIONS = """
            query Sessions {
              recruitmentSessions(first: 20) {
                edges { node { id title status startsAt endsAt host { id name } featuredPostings { id title kind deadline } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String PEER_SESSIONS = """
            query Sessions {
              recruitmentSessions: allRecruitmentSessions(first: 20, orderBy: [STARTS_AT_ASC, PRIMARY_KEY_ASC]) {
                edges {
                  node {
                    id title status startsAt endsAt host: employerByHostEmployerId { id name }
                    featuredPostings: visibleFeaturedPostings { nodes { id title kind deadline } }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SERVICE_APPLICANTS = """
            query Applicants($employerId: ID!) {
              applications(filter: {employerId: $employerId}, first: 20) {
                edges { cursor node { id status submittedAt updatedAt posting { id title } graduate { id name college major degree graduationYear } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    // The caller's scope as a filter: the subject must be a member of the employer (not suspended), as Membership says.
    static final String PEER_APPLICANTS = """
            query Applicants($subject: String!, $employerId: BigInt!) {
              applications: benchPeerEmployerApplications(subject: $subject, employerId: $employerId, first: 20) {
                edges {
                  cursor
                  node {
                    id status submittedAt updatedAt posting: postingByPostingId { id title }
                    graduate: graduateByGraduateId { id name college major degree graduationYear }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SERVICE_REVIEW_QUEUE = """
            query ReviewQueue {
              postingReviewQueue(first: 20) {
                edges { cursor node { id title kind status region submittedAt createdAt employer { id name status } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String PEER_REVIEW_QUEUE = """
            query ReviewQueue {
              postingReviewQueue: benchPeerPostingReviewQueue(first: 20) {
                edges { cursor node { id title kind status region submittedAt createdAt employer: employerByEmployerId { id name status } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SERVICE_GUIDANCE_EVENTS = """
            query GuidanceEvents {
              guidanceEvents(first: 20) {
                edges { cursor node { id title kind startsAt endsAt location capacity registered waitlisted } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String PEER_GUIDANCE_EVENTS = """
            query GuidanceEvents {
              guidanceEvents: benchPeerUpcomingGuidanceEvents(first: 20) {
                edges { cursor node { id title kind startsAt endsAt location capacity registered waitlisted } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SERVICE_COUNSELLING_SLOTS = """
            query CounsellingSlots {
              counsellingSlots(first: 20) {
                edges { cursor node { id counsellorName startsAt endsAt mode location topics capacity booked waitlisted } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String PEER_COUNSELLING_SLOTS = """
            query CounsellingSlots {
              counsellingSlots: benchPeerUpcomingCounsellingSlots(first: 20) {
                edges { cursor node { id counsellorName startsAt endsAt mode location topics capacity booked waitlisted } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String SERVICE_APPLY = """
            mutation Apply($postingId: ID!) {
              applyToPosting(input: {postingId: $postingId}) { application { id status submittedAt } }
            }""";

    /** A graduate of the data set: database id and OIDC subject. */
    public record Graduate(long id, String subject) {}

    /** A member of an employer that has applicants: its OIDC subject, and that employer. */
    public record Member(String subject, long employerId) {}

    /** A posting anyone may see, and its employer. */
    public record Posting(long id, long employerId) {}

    /**
     * What the load draws from: open postings of verified employers, verified employers with open
     * postings, graduates with applications (and a token for each), search words; for the kinds
     * beyond the mix, members of verified employers with applicants (and a token for each) and a
     * staff token.
     */
    public record Workload(
            List<Posting> postings,
            List<Long> employers,
            List<Graduate> graduates,
            List<String> terms,
            Function<Graduate, String> tokens,
            List<Member> members,
            Function<Member, String> memberTokens,
            String staffToken) {

        /** A workload for the tuned mix only (no members, no staff). */
        public Workload(
                List<Posting> postings,
                List<Long> employers,
                List<Graduate> graduates,
                List<String> terms,
                Function<Graduate, String> tokens) {
            this(postings, employers, graduates, terms, tokens, List.of(), member -> null, null);
        }
    }

    /** One request: its kind, JSON body, bearer token (or null), and what was drawn for it. */
    public record Request(Kind kind, String body, String token, Map<String, Object> drawn) {}

    private final Server server;
    private final Workload workload;
    private final Kind[] wheel;

    public QueryMix(Server server, Workload workload, List<Kind> kinds) {
        this.server = server;
        this.workload = workload;
        List<Kind> slots = new ArrayList<>();
        for (Kind kind : kinds) {
            // A kind measured alone (weight 0 in the mix) takes the whole wheel.
            int weight = kinds.size() == 1 ? Math.max(1, kind.weight) : kind.weight;
            for (int i = 0; i < weight; i++) {
                slots.add(kind);
            }
        }
        this.wheel = slots.toArray(Kind[]::new);
    }

    /** The read-only kinds, the part of the mix both servers answer. */
    public static List<Kind> readOnly() {
        return List.of(Kind.SEARCH, Kind.POSTING, Kind.EMPLOYER, Kind.MY_APPLICATIONS);
    }

    public static List<Kind> all() {
        return List.of(Kind.SEARCH, Kind.POSTING, Kind.EMPLOYER, Kind.MY_APPLICATIONS, Kind.APPLY);
    }

    /** Kinds beyond the tuned mix, each measured alone against PostGraphile. */
    public static List<Kind> extras() {
        return List.of(
                Kind.POSTING_DETAIL,
                Kind.EMPLOYERS_PAGE,
                Kind.SESSIONS,
                Kind.APPLICANTS,
                Kind.REVIEW_QUEUE,
                Kind.GUIDANCE_EVENTS,
                Kind.COUNSELLING_SLOTS);
    }

    public Request next(SplittableRandom random) {
        return request(wheel[random.nextInt(wheel.length)], random);
    }

    public Request request(Kind kind, SplittableRandom random) {
        boolean service = server == Server.SERVICE;
        return switch (kind) {
            case SEARCH -> {
                String term = pick(random, workload.terms());
                yield new Request(
                        kind,
                        body(service ? SERVICE_SEARCH : PEER_SEARCH, new JsonObject().put("term", term)),
                        null,
                        Map.of("term", term));
            }
            case POSTING -> {
                Posting posting = pick(random, workload.postings());
                String id = service ? serviceId("Posting", posting.id()) : peerId("Posting", posting.id());
                yield new Request(
                        kind,
                        body(service ? SERVICE_POSTING : PEER_POSTING, new JsonObject().put("id", id)),
                        null,
                        Map.of("posting_id", posting.id(), "posting_employer_id", posting.employerId()));
            }
            case EMPLOYER -> {
                long employer = pick(random, workload.employers());
                String id = service ? serviceId("Employer", employer) : peerId("Employer", employer);
                yield new Request(
                        kind,
                        body(service ? SERVICE_EMPLOYER : PEER_EMPLOYER, new JsonObject().put("id", id)),
                        null,
                        Map.of("employer_id", employer));
            }
            case POSTING_DETAIL -> {
                Posting posting = pick(random, workload.postings());
                String id = service ? serviceId("Posting", posting.id()) : peerId("Posting", posting.id());
                yield new Request(
                        kind,
                        body(service ? SERVICE_POSTING_DETAIL : PEER_POSTING_DETAIL, new JsonObject().put("id", id)),
                        null,
                        Map.of("posting_id", posting.id(), "posting_employer_id", posting.employerId()));
            }
            case EMPLOYERS_PAGE ->
                new Request(
                        kind,
                        body(service ? SERVICE_EMPLOYERS_PAGE : PEER_EMPLOYERS_PAGE, new JsonObject()),
                        null,
                        Map.of());
            case SESSIONS ->
                new Request(kind, body(service ? SERVICE_SESSIONS : PEER_SESSIONS, new JsonObject()), null, Map.of());
            case APPLICANTS -> {
                Member member = pick(random, workload.members());
                Map<String, Object> drawn = Map.of("subject", member.subject(), "employer_id", member.employerId());
                yield service
                        ? new Request(
                                kind,
                                body(
                                        SERVICE_APPLICANTS,
                                        new JsonObject().put("employerId", serviceId("Employer", member.employerId()))),
                                workload.memberTokens().apply(member),
                                drawn)
                        : new Request(
                                kind,
                                body(
                                        PEER_APPLICANTS,
                                        new JsonObject()
                                                .put("subject", member.subject())
                                                .put("employerId", String.valueOf(member.employerId()))),
                                null,
                                drawn);
            }
            case REVIEW_QUEUE ->
                new Request(
                        kind,
                        body(service ? SERVICE_REVIEW_QUEUE : PEER_REVIEW_QUEUE, new JsonObject()),
                        service ? workload.staffToken() : null,
                        Map.of());
            case GUIDANCE_EVENTS ->
                new Request(
                        kind,
                        body(service ? SERVICE_GUIDANCE_EVENTS : PEER_GUIDANCE_EVENTS, new JsonObject()),
                        null,
                        Map.of());
            case COUNSELLING_SLOTS -> {
                // Any signed-in caller may list slots; the service checks a graduate's token, the peer needs none.
                Graduate graduate = pick(random, workload.graduates());
                yield new Request(
                        kind,
                        body(service ? SERVICE_COUNSELLING_SLOTS : PEER_COUNSELLING_SLOTS, new JsonObject()),
                        service ? workload.tokens().apply(graduate) : null,
                        Map.of("graduate_id", graduate.id(), "subject", graduate.subject()));
            }
            case MY_APPLICATIONS -> {
                Graduate graduate = pick(random, workload.graduates());
                yield service
                        ? new Request(
                                kind,
                                body(SERVICE_MY_APPLICATIONS, new JsonObject()),
                                workload.tokens().apply(graduate),
                                Map.of("graduate_id", graduate.id(), "subject", graduate.subject()))
                        : new Request(
                                kind,
                                body(PEER_MY_APPLICATIONS, new JsonObject().put("subject", graduate.subject())),
                                null,
                                Map.of("graduate_id", graduate.id(), "subject", graduate.subject()));
            }
            case APPLY -> {
                if (!service) {
                    throw new IllegalArgumentException("PostGraphile has no equivalent of applyToPosting here");
                }
                Graduate graduate = pick(random, workload.graduates());
                Posting posting = pick(random, workload.postings());
                yield new Request(
                        kind,
                        body(SERVICE_APPLY, new JsonObject().put("postingId", serviceId("Posting", posting.id()))),
                        workload.tokens().apply(graduate),
                        Map.of(
                                "graduate_id",
                                graduate.id(),
                                "subject",
                                graduate.subject(),
                                "posting_id",
                                posting.id(),
                                "posting_employer_id",
                                posting.employerId()));
            }
        };
    }

    /**
     * Why an answer with data is not what the request should have returned, or null if it is: the
     * search fills a page of 20, a posting and an employer are found, an employer shows postings, a
     * graduate of the data set has applications, an application comes back.
     */
    public static String emptiness(Kind kind, JsonObject data) {
        if (data == null) {
            return "no data";
        }
        return switch (kind) {
            case SEARCH -> {
                JsonArray edges =
                        data.getJsonObject("postings", new JsonObject()).getJsonArray("edges", new JsonArray());
                yield edges.size() == 20
                                && edges.getJsonObject(0).getJsonObject("node").getJsonObject("employer") != null
                        ? null
                        : "search returned " + edges.size() + " postings, not 20 with employers";
            }
            case POSTING -> {
                JsonObject node = data.getJsonObject("node");
                yield node != null && node.getString("title") != null && node.getJsonObject("employer") != null
                        ? null
                        : "posting not found";
            }
            case EMPLOYER -> {
                JsonObject node = data.getJsonObject("node");
                yield node != null
                                && node.getJsonObject("postings")
                                                .getJsonArray("edges")
                                                .size()
                                        > 0
                        ? null
                        : "employer not found or without postings";
            }
            case MY_APPLICATIONS -> {
                JsonObject viewer = data.getJsonObject("viewer");
                yield viewer != null
                                && viewer.getJsonObject("applications")
                                                .getJsonArray("edges")
                                                .size()
                                        > 0
                        ? null
                        : "no applications";
            }
            case APPLY -> data.getJsonObject("applyToPosting") != null ? null : "no application";
            case POSTING_DETAIL -> {
                JsonObject node = data.getJsonObject("node");
                JsonObject employer = node == null ? null : node.getJsonObject("employer");
                yield employer != null
                                && employer.getJsonObject("postings")
                                                .getJsonArray("edges")
                                                .size()
                                        > 0
                        ? null
                        : "posting not found, or its employer without postings";
            }
            case EMPLOYERS_PAGE -> {
                JsonArray edges =
                        data.getJsonObject("employers", new JsonObject()).getJsonArray("edges", new JsonArray());
                yield edges.size() == 50 ? null : "employers returned " + edges.size() + ", not 50";
            }
            case SESSIONS -> edges(data, "recruitmentSessions").isEmpty() ? "no sessions" : null;
            case APPLICANTS -> edges(data, "applications").isEmpty() ? "no applicants" : null;
            case REVIEW_QUEUE -> edges(data, "postingReviewQueue").isEmpty() ? "no postings waiting for review" : null;
            case GUIDANCE_EVENTS -> edges(data, "guidanceEvents").size() == 20 ? null : "fewer than 20 guidance events";
            case COUNSELLING_SLOTS ->
                edges(data, "counsellingSlots").size() == 20 ? null : "fewer than 20 counselling slots";
        };
    }

    private static JsonArray edges(JsonObject data, String connection) {
        return data.getJsonObject(connection, new JsonObject()).getJsonArray("edges", new JsonArray());
    }

    /**
     * The rows an answer holds: every {@code id} in it, in document order, as {@code Type:number}
     * whichever server's id scheme it is in. Two answers with the same rows give the same list.
     */
    public static List<String> rows(Object data) {
        List<String> rows = new ArrayList<>();
        collect(data, rows);
        return rows;
    }

    private static void collect(Object value, List<String> rows) {
        if (value instanceof JsonObject object) {
            for (String key : object.fieldNames()) {
                Object field = object.getValue(key);
                if (key.equals("id") && field instanceof String id) {
                    rows.add(decodeId(id));
                } else {
                    collect(field, rows);
                }
            }
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, rows));
        }
    }

    /** {@code Type:number} from the service's id (base64url of it) or PostGraphile's (base64 of ["Type","number"]). */
    static String decodeId(String id) {
        String text;
        try {
            text = new String(
                    Base64.getDecoder()
                            .decode(id.replace('-', '+').replace('_', '/')
                                    + "===".substring(0, (4 - id.length() % 4) % 4)),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return id;
        }
        if (text.startsWith("[")) {
            JsonArray parts = new JsonArray(text);
            return parts.getValue(0) + ":" + parts.getValue(1);
        }
        return text;
    }

    /** The service's global id: base64url of {@code Type:id} (GlobalId). */
    public static String serviceId(String type, long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** PostGraphile 5's node id: base64 of the JSON array {@code ["Type","id"]}. */
    public static String peerId(String type, long id) {
        return Base64.getEncoder()
                .encodeToString(("[\"" + type + "\",\"" + id + "\"]").getBytes(StandardCharsets.UTF_8));
    }

    private static String body(String query, JsonObject variables) {
        return new JsonObject().put("query", query).put("variables", variables).encode();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
