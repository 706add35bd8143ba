import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = join(import.meta.dirname, "../../packages/core/src");

/** Every source file of the core (tests aside) with the core files it imports, types included. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        const file = relative(root, path);
        const source = readFileSync(path, "utf8");
        const targets = [...source.matchAll(/\b(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) =>
          normalize(join(dirname(file), m[1] as string)),
        );
        graph.set(file, targets);
      }
    }
  };
  walk(root);
  return graph;
}

/** Strongly connected components with more than one member (or a self-loop): the cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return out;
}

/** The feature a file belongs to (its top folder); shared layers map to undefined. */
const SHARED = new Set(["platform", "service.ts", "index.ts"]);
function featureOf(file: string): string | undefined {
  const top = file.split("/")[0] as string;
  if (SHARED.has(top) || file.endsWith("entities.ts")) return undefined;
  return top;
}

describe("packages/core import structure", () => {
  const graph = importGraph(CORE);

  it("has no import cycle between its files (type imports included)", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no cycle between its features (entities, platform and the service are the shared layer below them)", () => {
    const features = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = featureOf(file);
      if (!from) continue;
      const to = targets.map(featureOf).filter((f): f is string => f !== undefined && f !== from);
      features.set(from, [...new Set([...(features.get(from) ?? []), ...to])]);
    }
    expect(cycles(features)).toEqual([]);
  });

  it("keeps the shared layer below the features: entity files import only the platform", () => {
    const offenders = [...graph]
      .filter(([file]) => file.endsWith("entities.ts"))
      .flatMap(([file, targets]) => targets.filter((t) => !t.startsWith("platform/")).map((t) => `${file} -> ${t}`));
    expect(offenders).toEqual([]);
  });

  it("resolves every relative import to a file that exists (the graph is complete)", () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} -> ${t}`));
    expect(missing).toEqual([]);
  });

  it("exports every use case it declares from its index (the front doors reach them all, and the authorization matrix sees them)", () => {
    const declared = [...graph.keys()].flatMap((file) =>
      [...readFileSync(join(CORE, file), "utf8").matchAll(/export const (\w+) = (?:useCase|publicUseCase)\(/g)].map((m) => m[1]),
    );
    const index = readFileSync(join(CORE, "index.ts"), "utf8");
    expect(declared.length).toBeGreaterThan(50);
    expect(declared.filter((name) => !new RegExp(`\\b${name}\\b`).test(index))).toEqual([]);
  });

  it("the cycle finder finds a cycle when there is one", () => {
    const withCycle = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(cycles(withCycle)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });
});
