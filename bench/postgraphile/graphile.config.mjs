// PostGraphile 5 as the peer of bench/querymix.sh: the amber preset on the same database, with the
// schema `public` (the service's tables) and `bench_peer` (search_postings, see bench-peer.sql).
// Production-like: no GraphiQL, no watch mode, no explain; a pool as large as the service's (20).
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

export default {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/campus_mix",
      schemas: ["public", "bench_peer"],
      poolConfig: { max: 20 },
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT ?? 15678),
    graphiql: false,
    watch: false,
  },
  grafast: { explain: false },
};
