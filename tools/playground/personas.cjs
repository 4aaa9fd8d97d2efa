// Writes one Playground config per persona, from the committed .m365agentsplayground.yml (张伟's view):
// the Playground page always acts as its config's currentUser and has no user switcher, so playing several
// people means one Playground per person. Usage: node personas.cjs <out-dir> <user-id>...
// The committed file has a fixed shape (currentUser: a mapping; users: five list items of the same keys);
// this swaps those blocks as text and leaves everything else as it is.
'use strict';
const fs = require('fs');
const path = require('path');

const source = fs.readFileSync(path.join(__dirname, '.m365agentsplayground.yml'), 'utf8');
const lines = source.split('\n');

function blockAfter(header) {
  const start = lines.findIndex(l => l === header);
  if (start < 0) throw new Error(`${header} not found`);
  let end = start + 1;
  while (end < lines.length && (lines[end].startsWith('  ') || lines[end] === '')) end++;
  return { start, end, body: lines.slice(start + 1, end).filter(l => l.trim() !== '') };
}

// A person as [key, value] lines without indentation or list markers.
const strip = l => l.replace(/^\s*(- )?/, '');
const current = blockAfter('currentUser:');
const usersBlock = blockAfter('users:');
const people = [current.body.map(strip)];
for (const line of usersBlock.body) {
  if (line.startsWith('  - ')) people.push([]);
  people[people.length - 1].push(strip(line));
}
const idOf = person => person.find(l => l.startsWith('id:')).split(':').slice(1).join(':').trim();

const [outDir, ...wanted] = process.argv.slice(2);
if (!outDir || wanted.length === 0) {
  console.error('usage: node personas.cjs <out-dir> <user-id>...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
for (const id of wanted) {
  const me = people.find(p => idOf(p) === id);
  if (!me) throw new Error(`no user ${id} in the Playground config`);
  const others = people.filter(p => p !== me);
  const personal = `a:rectifybot-personal-${id.replace(/^29:/, '')}`;
  const out = [
    ...lines.slice(0, current.start),
    'currentUser:', ...me.map(l => '  ' + l),
    ...lines.slice(current.end, usersBlock.start),
    'users:', ...others.flatMap(p => p.map((l, i) => (i === 0 ? '  - ' : '    ') + l)),
    ...lines.slice(usersBlock.end),
  ].join('\n').replace(/^(personalChat:\n\s+id: ).*$/m, `$1${personal}`);
  fs.writeFileSync(path.join(outDir, `${id.replace(/^29:/, '')}.yml`), out);
}
