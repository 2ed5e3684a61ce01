// The GraphQL over HTTP audit of graphql-http (its serverAudits, the suite strict clients are checked
// against) run against a running service: node src/test/http/audit.mjs http://host:port/graphql.
// Prints one line per audit and a summary per requirement level, and exits 1 when any MUST or SHOULD
// audit fails (GraphQLHttpAuditTest runs it in the build; a failing MAY is only counted).
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node src/test/http/audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const counts = { MUST: { ok: 0, total: 0 }, SHOULD: { ok: 0, total: 0 }, MAY: { ok: 0, total: 0 } };
const failures = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  counts[level].total++;
  if (result.status === 'ok') {
    counts[level].ok++;
    console.log(`ok    ${audit.id} ${audit.name}`);
  } else {
    const response = result.response ? ` -> ${await describe(result.response)}` : '';
    console.log(`${result.status.padEnd(5)} ${audit.id} ${audit.name}: ${result.reason}${response}`);
    if (level !== 'MAY') failures.push(audit.name);
  }
}
async function describe(response) {
  let body;
  try {
    body = (await response.clone().text()).slice(0, 300);
  } catch {
    body = '(body already read)';
  }
  return `${response.status} ${response.headers.get('content-type') ?? ''} ${body}`;
}

for (const [level, { ok, total }] of Object.entries(counts)) {
  console.log(`${level}: ${ok}/${total}`);
}
process.exit(failures.length === 0 ? 0 : 1);
