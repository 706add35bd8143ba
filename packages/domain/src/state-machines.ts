import { type Text, text } from "./text.ts";

export type Role = "graduate" | "recruiter" | "organiser" | "staff";

export interface Transition<S extends string> {
  readonly from: S;
  readonly to: S;
  readonly roles: readonly Role[];
  readonly label: Text;
}

export type TransitionResult<S extends string> =
  | { readonly ok: true; readonly transition: Transition<S> }
  | { readonly ok: false; readonly code: "no_such_transition" | "role_not_allowed"; readonly message: Text };

function machine<S extends string>(transitions: readonly Transition<S>[], terminal: readonly S[]) {
  return {
    transitions,
    terminal,
    /** Who may move an item from `from` to `to`, and whether that move exists at all. */
    attempt(from: S, to: S, role: Role): TransitionResult<S> {
      const transition = transitions.find((t) => t.from === from && t.to === to);
      if (!transition) {
        return {
          ok: false,
          code: "no_such_transition",
          message: text(`Tidak dapat berpindah dari ${from} ke ${to}`, `Cannot move from ${from} to ${to}`),
        };
      }
      if (!transition.roles.includes(role)) {
        return {
          ok: false,
          code: "role_not_allowed",
          message: text(`Peran ${role} tidak boleh ${transition.label.id}`, `A ${role} may not ${transition.label.en}`),
        };
      }
      return { ok: true, transition };
    },
    next(from: S, role: Role): S[] {
      return transitions.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.to);
    },
  };
}

export type VacancyState = "draft" | "published" | "closed" | "filled";

/** A vacancy is published only after compliance passes (the use case checks it before moving). */
export const vacancyMachine = machine<VacancyState>(
  [
    { from: "draft", to: "published", roles: ["recruiter"], label: text("menerbitkan lowongan", "publish the vacancy") },
    { from: "published", to: "closed", roles: ["recruiter", "staff"], label: text("menutup lowongan", "close the vacancy") },
    { from: "published", to: "filled", roles: ["recruiter"], label: text("menandai lowongan terisi", "mark the vacancy filled") },
    { from: "draft", to: "closed", roles: ["recruiter", "staff"], label: text("membatalkan draf", "discard the draft") },
  ],
  ["closed", "filled"],
);

export type ApplicationState =
  | "applied"
  | "shortlisted"
  | "interview"
  | "offered"
  | "accepted"
  | "declined"
  | "rejected"
  | "withdrawn"
  | "placed";

const reject = (from: ApplicationState): Transition<ApplicationState> => ({
  from,
  to: "rejected",
  roles: ["recruiter"],
  label: text("menolak lamaran", "reject the application"),
});
const withdraw = (from: ApplicationState): Transition<ApplicationState> => ({
  from,
  to: "withdrawn",
  roles: ["graduate"],
  label: text("menarik lamaran", "withdraw the application"),
});

export const applicationMachine = machine<ApplicationState>(
  [
    {
      from: "applied",
      to: "shortlisted",
      roles: ["recruiter"],
      label: text("memasukkan ke daftar pendek", "shortlist the candidate"),
    },
    {
      from: "shortlisted",
      to: "interview",
      roles: ["recruiter"],
      label: text("menjadwalkan wawancara", "schedule an interview"),
    },
    {
      from: "applied",
      to: "interview",
      roles: ["recruiter"],
      label: text("menjadwalkan wawancara", "schedule an interview"),
    },
    { from: "interview", to: "offered", roles: ["recruiter"], label: text("memberi tawaran kerja", "make a job offer") },
    { from: "offered", to: "accepted", roles: ["graduate"], label: text("menerima tawaran", "accept the offer") },
    { from: "offered", to: "declined", roles: ["graduate"], label: text("menolak tawaran", "decline the offer") },
    { from: "accepted", to: "placed", roles: ["recruiter", "staff"], label: text("mencatat penempatan", "record the placement") },
    ...(["applied", "shortlisted", "interview", "offered"] as const).map(reject),
    ...(["applied", "shortlisted", "interview", "offered", "accepted"] as const).map(withdraw),
  ],
  ["declined", "rejected", "withdrawn", "placed"],
);
