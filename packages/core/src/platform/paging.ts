/** A page of a list: at most `limit` items and, when there are more, an opaque cursor to the next page. */
export interface PageRequest {
  readonly cursor?: string;
  /** 1–100 (the API bounds it). */
  readonly limit: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly cursor?: string;
}

/** ElectroDB's `go({ cursor, limit })` options from a page request. */
export const pageOptions = (page: PageRequest) => ({ cursor: page.cursor ?? null, limit: page.limit });

export const pageOf = <T>(items: T[], cursor: string | null | undefined): Page<T> => ({
  items,
  ...(cursor ? { cursor } : {}),
});
