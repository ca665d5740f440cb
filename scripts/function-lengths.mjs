// Prints the functions longer than LIMIT lines (default 60) in the given files or folders:
// `LIMIT=80 node scripts/function-lengths.mjs actions/bake-and-promote/src lib/traffic`.
import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
const limit = +(process.env.LIMIT || 60);
function walk(p, out) {
  const s = fs.statSync(p);
  if (s.isDirectory()) {
    for (const f of fs.readdirSync(p)) {
      if (f === 'dist' || f === 'node_modules') continue;
      walk(path.join(p, f), out);
    }
  } else if (/\.ts$/.test(p) && !/\.d\.ts$/.test(p)) out.push(p);
  return out;
}
const files = process.argv.slice(2).flatMap((a) => walk(a, []));
for (const f of files) {
  const src = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (n) => {
    if (
      ts.isFunctionDeclaration(n) ||
      ts.isMethodDeclaration(n) ||
      ts.isArrowFunction(n) ||
      ts.isFunctionExpression(n) ||
      ts.isConstructorDeclaration(n)
    ) {
      const a = src.getLineAndCharacterOfPosition(n.getStart()).line,
        b = src.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (b - a + 1 > limit) {
        const name = n.name ? n.name.getText() : n.parent && n.parent.name ? n.parent.name.getText() : '<anon>';
        console.log(`${b - a + 1}\t${f}:${a + 1}\t${name}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
}
