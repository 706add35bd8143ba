/** Every user-facing text exists in Bahasa Indonesia (first) and English. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

export type Language = keyof Text;

export const text = (id: string, en: string): Text => ({ id, en });
