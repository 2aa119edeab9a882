// Vite plugin: replaces each `graphql(`…`)` call with the document codegen generated for it, inline.
//
// The client-preset's runtime `graphql()` looks documents up in one map of every operation, so every
// document would load with the first screen. Its babel optimizer instead imports `XxxDocument` from
// the one generated graphql.ts, which a bundler cannot split either. Inlining the generated AST at
// the call site puts each document in the chunk of the screen that uses it, while the types still
// come from the generated `graphql()` overloads. The ASTs are codegen's own output (fragments
// included), read from src/graphql/generated: nothing is re-parsed or rebuilt here.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

interface Generated {
  mtimeMs: number;
  /** Source text of each graphql() template (as codegen keyed it) → the document as a JS literal. */
  bySource: Map<string, string>;
}

export function graphqlDocuments(generatedDir: string): Plugin {
  const gqlFile = path.join(generatedDir, 'gql.ts');
  const graphqlFile = path.join(generatedDir, 'graphql.ts');
  let cache: Generated | undefined;

  const load = (): Generated => {
    const mtimeMs = Math.max(statSync(gqlFile).mtimeMs, statSync(graphqlFile).mtimeMs);
    if (cache?.mtimeMs === mtimeMs) return cache;
    const literals = new Map<string, string>();
    for (const m of readFileSync(graphqlFile, 'utf8').matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*$/gm)) {
      literals.set(m[1], m[2]);
    }
    const gql = readFileSync(gqlFile, 'utf8');
    const map = gql.slice(gql.indexOf('const documents'));
    const bySource = new Map<string, string>();
    for (const m of map.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      const literal = literals.get(m[2]);
      if (literal) bySource.set(JSON.parse(m[1]) as string, literal);
    }
    cache = { mtimeMs, bySource };
    return cache;
  };

  return {
    name: 'patrol-desk:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generatedDir) || !code.includes('graphql(`')) return null;
      const { bySource } = load();
      let replaced = 0;
      const out = code.replace(/\bgraphql\(`((?:[^`$]|\$(?!\{))*)`\)/g, (_call, source: string) => {
        const literal = bySource.get(source);
        if (!literal) {
          throw new Error(`${path.relative(process.cwd(), id)}: a graphql() document is not in the generated code; run \`npm run codegen -w client\`.`);
        }
        replaced += 1;
        return `(${literal})`;
      });
      if (!replaced) return null;
      // The generated graphql() (and its map of every document) is no longer referenced.
      return { code: out.replace(/^import \{ graphql \} from '[./]+\/graphql\/generated';$/m, ''), map: null };
    },
  };
}
