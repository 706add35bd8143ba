/** A JSON response body, loosely typed for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
export type Json = any;

export async function json(res: Response): Promise<Json> {
  return res.json();
}
