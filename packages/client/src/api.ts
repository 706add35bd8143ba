// Generated from the API's OpenAPI document by packages/client/src/generate.ts: do not edit.
// Regenerate with `npm run generate:client`; `npm test` fails while this file is stale.

export interface paths {
  "/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reachability of the table and every queue */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** All dependencies answer */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Health"];
          };
        };
        /** At least one dependency does not answer */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Health"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/applications/{applicationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application with its history; the vacancy's recruiter also sees the graduate's contact details (audited; never after consent is withdrawn) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The application */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApplicationDetail"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/applications/{applicationId}/transitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an application (the state machine says which role may) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          applicationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ApplicationTransitionInput"];
        };
      };
      responses: {
        /** Moved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Application"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fairs from a date on (not drafts), by first day (public: anyone may find a fair, signed in or not) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          from?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Fairs, by first day */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FairPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Create a fair (an organiser, who owns it): days, opening hours, breaks, time zone, slot length, gap, registration window */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FairInput"];
        };
      };
      responses: {
        /** Fair created, as a draft only its organisers see; its fairId names it in every other fair call */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Fair"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A fair, with its booths and slot count (public once registration opened; a draft only for its organisers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The fair and its booths */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FairDetail"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/bookings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a free place at a booth I asked for (race-safe: one winner per place) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["BookingInput"];
        };
      };
      responses: {
        /** Booked: the interview (interviewId, slot, table) with its check-in code */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MyInterview"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/booths/{recruiterId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Admit a licensed recruiter with a booth: tables, vacancies, unavailable times (the fair's organisers) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["BoothAdmissionInput"];
        };
      };
      responses: {
        /** The booth as admitted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Booth"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/booths/{recruiterId}/interviews": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The booth's published schedule: free places per slot; who is booked for its recruiter and organisers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The booth's schedule */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["BoothSchedule"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the fair's schedule is not published yet (code not_published) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/booths/{recruiterId}/interviews/{slot}/{table}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a place away (the booth or the fair's organisers); its candidate is told */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
          slot?: number | null;
          table: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The place taken away, and who was told */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PlaceRemoved"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/booths/{recruiterId}/registrants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who asked to interview at the booth, with match score, preference and shortlist mark (names audited) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Registrants, by graduate id */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RegistrantPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/booths/{recruiterId}/schedule.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The booth's schedule as CSV (times in the fair's zone) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The booth's schedule as a CSV attachment (UTF-8), one row per place in slot and table order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": string;
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the fair's schedule is not published yet (code not_published) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/booths/{recruiterId}/shortlist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark (or unmark) registrants for the booth's shortlist; the scheduler favours them */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ShortlistInput"];
        };
      };
      responses: {
        /** How many changed, and who is not a registrant here */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ShortlistResult"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/booths/{recruiterId}/unavailable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The booth's own unavailable times (its recruiter or the fair's organisers, before publishing) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["BoothUnavailableInput"];
        };
      };
      responses: {
        /** The booth with its unavailable times */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Booth"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/check-ins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a candidate in by the code in their QR (the booth or the fair's organisers) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CheckInInput"];
        };
      };
      responses: {
        /** Checked in: the interview (its interviewId is what the outcome call takes) and who the candidate is */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CheckIn"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/confirm-registration": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a registration an organiser made for me: I apply to its picks and recruiters may see me */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          "application/json": components["schemas"]["ConfirmRegistrationInput"];
        };
      };
      responses: {
        /** Confirmed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Registration"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fair's registration imports, newest first (its organisers) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Imports */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RegistrationImportPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/imports/{importId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A registration import: state and counts so far */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The import */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RegistrationImport"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/imports/{importId}/refused.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The refused rows as CSV in the import's format (graduate_id, picks; then line, code, reason): fix and upload again */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The refused rows */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": string;
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/imports/{importId}/rows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import's rows and what became of each, in file order (up to 100 rows a page) */
    get: {
      parameters: {
        query?: {
          outcome?: "registered" | "refused" | "pending";
          cursor?: string;
        };
        header?: never;
        path: {
          fairId: string;
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Rows */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportRowPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/interviews/mine": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My interviews at the fair, each with its check-in code */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** My interviews, in time order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MyInterviews"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the fair's schedule is not published yet (code not_published) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/interviews/mine.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My interviews as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** My interviews as CSV (UTF-8), in time order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": string;
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the fair's schedule is not published yet (code not_published) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/interviews/mine.ics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My interviews as a calendar file (iCalendar, with the fair's VTIMEZONE) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** My interviews as an iCalendar attachment (RFC 5545, UTF-8) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/calendar": string;
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the fair's schedule is not published yet (code not_published) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/interviews/mine/{recruiterId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel my interview at a booth (the place goes to the waitlist) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Cancelled */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: never;
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/qr.svg": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The QR code to show at the booth (signed; not guessable) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The QR code of my interview at this booth, as an SVG image (not cached) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "image/svg+xml": string;
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the fair's schedule is not published yet (code not_published) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/interviews/mine/{recruiterId}/reschedule": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move my interview at a booth to another free slot (atomic) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RescheduleInput"];
        };
      };
      responses: {
        /** Moved: the interview in its new place (new interviewId, slot, table) with its new check-in code */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MyInterview"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/interviews/{interviewId}/outcome": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record how an attended interview went (the booth's recruiter); the application moves */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          /** `<recruiterId>~<slot>~<table>`, as check-in answered it */
          interviewId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["OutcomeInput"];
        };
      };
      responses: {
        /** The interview with its outcome (recording the same outcome again changes nothing) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Interview"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/offers/{recruiterId}/{slot}/{table}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or decline a place offered from the waitlist (before its deadline) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          recruiterId: string;
          slot?: number | null;
          table: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["OfferAnswerInput"];
        };
      };
      responses: {
        /** Accepted: my interview in that place, with its check-in code. Declined: the place it was */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OfferAnswer"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/organisers/{sub}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add a co-organiser (the fair's owner) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          sub: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The fair with its organisers */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Fair"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    /** Remove a co-organiser (the fair's owner) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          sub: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The fair with its organisers */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Fair"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/registration": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My registration and interview requests at the fair */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Registration */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Registration"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /** Register for the fair (a graduate): the vacancies wanted, first choice first; replaces earlier picks */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RegistrationInput"];
        };
      };
      responses: {
        /** Registered; each request names the applications it made */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Registration"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/registration/{move}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open or close registration (the fair's organisers) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          move: "open" | "close";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The fair in its new state (with its new version) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Fair"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/registrations/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import registrations from CSV (the fair's organisers): graduate_id, picks (';'-separated), up to 2,000 rows. Accepted as a job (202) applied in batches; read its progress and each row's outcome at the Location */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "text/csv": string;
        };
      };
      responses: {
        /** Accepted: the import job (poll it at the Location header's address) */
        202: {
          headers: {
            location?: string;
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RegistrationImport"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fair's report (its organisers, staff): registrations, requested vs scheduled, attendance, no-shows, outcomes by vacancy, country, skill */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The report (aggregates only) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FairReport"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/schedule": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the interview scheduler (the fair's organisers): 202 and a job to follow */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          "application/json": components["schemas"]["ScheduleRequestInput"];
        };
      };
      responses: {
        /** Job queued: follow it by its jobId (also the schedule version to publish) */
        202: {
          headers: {
            location?: string;
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ScheduleJob"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/schedule-jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fair's schedule jobs, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          fairId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Schedule jobs, newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ScheduleJobPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/schedule-jobs/{jobId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A schedule job: state, progress, and the result (scheduled vs requested, per booth) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The schedule job */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ScheduleJob"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/fairs/{fairId}/schedule-jobs/{jobId}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a finished schedule (switches versions atomically; notices follow) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fairId: string;
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The fair with its new publishedVersion (publishing the published version again changes nothing) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Fair"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My profile and credentials */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** My profile */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GraduateProfile"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /** Edit my profile (send the version you read) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["GraduateProfileUpdate"];
        };
      };
      responses: {
        /** Updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GraduateProfile"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /** Create my profile */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["GraduateProfileInput"];
        };
      };
      responses: {
        /** Created: my profile, with the version to send when I edit it */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GraduateProfile"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My applications, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Applications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApplicationPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/consent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Give or withdraw consent (UU PDP); withdrawal hides me from recruiters and organisers at once */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ConsentInput"];
        };
      };
      responses: {
        /** Consent recorded */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GraduateProfile"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/credentials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a credential with its evidence (unverified until staff review it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CredentialInput"];
        };
      };
      responses: {
        /** Added, waiting for review: its id */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Credential"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/data-access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read my personal data (UU PDP audit), newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Reads */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DataReadPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/learn-next": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What to learn next: the one credential that would open the most vacancies I now miss for that reason alone (204 when there is none) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The credential, how many vacancies it opens, and examples */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["LearnNext"];
          };
        };
        /** Nothing to learn for the vacancies I match */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: never;
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/matches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vacancies I match, best first, with explanations; optionally of one country or sector */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          country?: string;
          sector?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Matches */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MatchPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/notification-preferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Message types I do not want */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NotificationPreferencesInput"];
        };
      };
      responses: {
        /** Saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GraduateProfile"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My inbox, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Inbox */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["NotificationPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/graduates/me/notifications/{notificationId}/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a notice read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Marked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: never;
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/me/fairs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fairs I registered for */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Registrations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RegistrationSummaryPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/ops/outbox/{channel}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What email, SMS and WhatsApp sent, or locally would have sent (operators) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          channel: "email" | "sms" | "whatsapp";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Outbox, newest first (addresses masked; each read is audited) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OutboxPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/ops/probes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a probe through a queue and its worker into the table (operators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ProbeInput"];
        };
      };
      responses: {
        /** Probe queued: read it at the Location header (/v1/ops/probes/{probeId}) */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Probe"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/ops/probes/{probeId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a probe: `done` once the queue's worker has handled it (operators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          probeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The probe */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Probe"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/recruiters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Onboard a recruiter organisation (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RecruiterInput"];
        };
      };
      responses: {
        /** Created: the organisation, its id and version */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Recruiter"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/recruiters/me/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My organisation's inbox, newest first (booth changes at fairs) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Inbox */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OrganisationNotificationPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/recruiters/{recruiterId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation and its licence (its own recruiters, staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The organisation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Recruiter"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/recruiters/{recruiterId}/licence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a new or renewed SIP3MI licence (unverified until staff check it) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["LicenceInput"];
        };
      };
      responses: {
        /** Recorded */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Recruiter"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/recruiters/{recruiterId}/members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members of the organisation */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Members */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MemberPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Add (or update) a member of the organisation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["MemberInput"];
        };
      };
      responses: {
        /** Added */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Member"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/recruiters/{recruiterId}/vacancies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A recruiter's vacancies, all states (its own recruiters, staff) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Vacancies */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["VacancyPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/skills": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find skill codes (public): by code, test name, process number or label, in Bahasa Indonesia or English */
    get: {
      parameters: {
        query?: {
          /** A code, a test's name (JLPT, TOPIK, CEFR), a process (135, TIG) or a label word in either language */
          q?: string;
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Matching skills, best first; without `q`, the whole taxonomy in its own order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SkillPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/staff/credential-reviews": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Credentials waiting for review at a PPKD, oldest first (staff of that PPKD, or BP3MI staff) */
    get: {
      parameters: {
        query: {
          cursor?: string;
          limit?: number;
          ppkd: "Jakarta Pusat" | "Jakarta Utara" | "Jakarta Barat" | "Jakarta Selatan" | "Jakarta Timur";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Queue */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CredentialReviewPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/staff/credential-reviews/{graduateId}/{credentialId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify or reject a credential (the graduate is told) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          graduateId: string;
          credentialId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CredentialReviewInput"];
        };
      };
      responses: {
        /** Reviewed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Credential"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/staff/demand": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What open vacancies ask for, by skill, level and country, against how many verified graduates hold it */
    get: {
      parameters: {
        query?: {
          country?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Demand report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DemandReport"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/staff/licence-reviews": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recruiter licences waiting for review */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Organisations whose licence waits for review */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["LicenceReviewPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/staff/licence-reviews/{recruiterId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify or reject a recruiter's licence */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          recruiterId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["LicenceReviewInput"];
        };
      };
      responses: {
        /** Reviewed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Recruiter"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/vacancies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open vacancies by country (and sector), or by skill (public) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          country?: string;
          sector?: string;
          skill?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Open vacancies */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["VacancyPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Create a draft vacancy (a recruiter, for its organisation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VacancyInput"];
        };
      };
      responses: {
        /** Draft created: its vacancyId, and the version to send when editing it */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Vacancy"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/vacancies/{vacancyId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A vacancy (public once published; a draft only for its recruiter and staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          vacancyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The vacancy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Vacancy"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /** Edit a vacancy (send the version you read); a published one must stay lawful */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          vacancyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VacancyUpdateInput"];
        };
      };
      responses: {
        /** Updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Vacancy"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under the worker-protection rules (code vacancy_not_compliant): every violation with its code and a message in both languages */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["ComplianceRefusal"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/vacancies/{vacancyId}/applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications to a vacancy (its recruiter); apply-anyway ones are flagged */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          vacancyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Applications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["VacancyApplicationPage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Apply (a graduate; only when eligible, or with applyAnyway) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          vacancyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ApplyInput"];
        };
      };
      responses: {
        /** Applied: the applicationId to read or move it */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Application"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under a rule of the field, or an Idempotency-Key reused with another body (see code) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/vacancies/{vacancyId}/candidates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ranked, explained candidates (the vacancy's recruiter); consenting graduates only */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          vacancyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Candidates, best first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CandidatePage"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/vacancies/{vacancyId}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a vacancy or mark it filled (its recruiter; staff may close any) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          vacancyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VacancyCloseInput"];
        };
      };
      responses: {
        /** Closed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Vacancy"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body is larger than 256 KiB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The body's Content-Type is not the one this route reads */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/vacancies/{vacancyId}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish: runs the worker-protection rules */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          vacancyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Published, with any warnings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Vacancy"];
          };
        };
        /** The request is not valid: `issues` lists each field with its path, code and message */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** No bearer token where one is needed, or a token that is not valid */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** The caller's role may not do this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Not found, or not the caller's to see */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Conflict: the current state does not allow it, someone changed it first (stale version), or the same Idempotency-Key is still being served */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** Refused under the worker-protection rules (code vacancy_not_compliant): every violation with its code and a message in both languages */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["ComplianceRefusal"];
          };
        };
        /** An unexpected failure on our side; logged with the request id */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** A dependency did not answer; nothing was changed, try again */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

export interface components {
  schemas: {
    /** A graduate's application to a vacancy, with its history */
    Application: {
      /** Read it at /v1/applications/{applicationId}; move it at …/transitions */
      applicationId: string;
      vacancyId: string;
      graduateId: string;
      recruiterId: string;
      state: components["schemas"]["ApplicationState"];
      /** Applied although not eligible: the recruiter sees it flagged */
      applyAnyway: boolean;
      eligibleAtApply: boolean;
      scoreAtApply: number;
      vacancyTitle: string;
      /** Oldest first */
      history: components["schemas"]["ApplicationEvent"][];
      /** ISO 8601 date-time (UTC) */
      appliedAt: string;
      version: number;
      /** ISO 8601 date-time (UTC) */
      updatedAt: string;
    };
    /** An application with its history. For the vacancy's recruiter only, `graduate`: the applicant's contact details (audited), or why they are withheld */
    ApplicationDetail: {
      /** Read it at /v1/applications/{applicationId}; move it at …/transitions */
      applicationId: string;
      vacancyId: string;
      graduateId: string;
      recruiterId: string;
      state: components["schemas"]["ApplicationState"];
      /** Applied although not eligible: the recruiter sees it flagged */
      applyAnyway: boolean;
      eligibleAtApply: boolean;
      scoreAtApply: number;
      vacancyTitle: string;
      /** Oldest first */
      history: components["schemas"]["ApplicationEvent"][];
      /** ISO 8601 date-time (UTC) */
      appliedAt: string;
      version: number;
      /** ISO 8601 date-time (UTC) */
      updatedAt: string;
      graduate?: components["schemas"]["GraduateContact"];
    };
    /** One move of an application: who, when, from and to which state (no `from` on the first entry, applied) */
    ApplicationEvent: {
      from?: components["schemas"]["ApplicationState"];
      to: components["schemas"]["ApplicationState"];
      /** Who moved it (their subject) */
      by: string;
      role: "graduate" | "recruiter" | "staff";
      /** ISO 8601 date-time (UTC) */
      at: string;
      /** Applied through a fair registration, or by checking in at one */
      via?: "fair" | "check-in";
      note?: string;
    };
    ApplicationPage: {
      items: components["schemas"]["Application"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** Where an application is in the pipeline */
    ApplicationState: "applied" | "shortlisted" | "interview" | "offered" | "accepted" | "declined" | "rejected" | "withdrawn" | "placed";
    /** A move of an application to its next state */
    ApplicationTransitionInput: {
      /** The state to move to; the pipeline says which role may make each move */
      to: "shortlisted" | "interview" | "offered" | "accepted" | "declined" | "rejected" | "withdrawn" | "placed";
      /** Kept in the history */
      note?: string;
    };
    /** An application to a published vacancy */
    ApplyInput: {
      /** Apply although not eligible (the recruiter sees it flagged); without it, not eligible is refused */
      applyAnyway?: boolean;
    };
    /** A free place to take: the booth and the slot (a free table is chosen) */
    BookingInput: {
      /** The booth (its recruiter's id); one the caller registered for */
      recruiterId: string;
      /** Index of the slot in the fair's grid, from 0 */
      slot: number;
    };
    /** A recruiter's booth at a fair */
    Booth: {
      fairId: string;
      /** The recruiter (placement company or government scheme) holding the booth */
      recruiterId: string;
      name: string;
      /** Interviews the booth holds at once */
      tables: number;
      /** The recruiter's published vacancies the booth interviews for */
      vacancyIds: string[];
      /** When the booth's interviewers are away: no interview is scheduled or booked then */
      unavailable: ({
        /** From: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
        from: string;
        /** Until: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
        to: string;
      })[];
      /** Admitted (or last re-admitted): an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      createdAt: string;
      /** Last changed: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      updatedAt: string;
    };
    /** A licensed recruiter's booth: tables, the published vacancies it interviews for, when its interviewers are away */
    BoothAdmissionInput: {
      name?: string;
      tables: number;
      vacancyIds: string[];
      unavailable?: ({
        from: string;
        to: string;
      })[];
    };
    /** A place in a booth's published schedule with who holds it, as the booth's recruiter and the fair's organisers see it; `graduate` is the holder's name and PPKD (audited) or why withheld, absent on a place nobody holds */
    BoothInterview: {
      /** `<recruiterId>~<slot>~<table>`: the id the outcome call takes (URL-encode it in the path) */
      interviewId: string;
      fairId: string;
      /** The schedule version holding it: the id of the schedule job that wrote it */
      scheduleVersion: string;
      /** The booth: its recruiter's id */
      recruiterId: string;
      /** Index of the slot in the fair's grid, from 0 (all days, in time order) */
      slot: number;
      /** Table at the booth, from 1 */
      table: number;
      /** The candidate; `-` on a place taken away; absent while the graduate has not confirmed an organiser's import */
      graduateId?: string;
      /** The vacancies asked for; absent while the graduate has not confirmed an organiser's import */
      vacancyIds?: string[];
      /** Start: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      startsAt: string;
      /** End: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      endsAt: string;
      /** UTC hour of the start, e.g. 2026-12-01T02 (the reminder and no-show clock's bucket) */
      startHour: string;
      /** booked; offered (held for one waitlisted graduate until offerExpires); checked-in; no-show; removed (the booth took the place away) */
      state: "booked" | "offered" | "checked-in" | "no-show" | "removed";
      /** Until when the offered graduate may accept (state `offered`): an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      offerExpires?: string;
      /** When the candidate checked in: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      checkedInAt?: string;
      /** How the interview went, as the booth's recruiter recorded it */
      outcome?: "offer" | "reject" | "next-round";
      /** When the outcome was recorded: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      outcomeAt?: string;
      /** Start and end as wall-clock times in the fair's time zone, with the zone's name (WIB, WITA, WIT or the IANA name) */
      local: {
        /** e.g. `2026-12-01 09:00 WIB` */
        startsAt: string;
        /** e.g. `2026-12-01 09:15 WIB` */
        endsAt: string;
      };
      graduate?: components["schemas"]["GraduateSummary"];
    };
    /** A booth's published schedule: free places per slot, and who is booked */
    BoothSchedule: {
      /** The published schedule version */
      version: string;
      tables: number;
      /** Every slot of the fair, with the booth's free tables */
      slots: components["schemas"]["BoothSlot"][];
      /** Who holds each place: only for the booth's recruiter and the fair's organisers (empty for anyone else) */
      interviews: components["schemas"]["BoothInterview"][];
    };
    /** One slot of a booth's published schedule */
    BoothSlot: {
      /** Index of the slot in the fair's grid, from 0 */
      slot: number;
      /** Start: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      startsAt: string;
      /** Tables still free in the slot (0 while the booth's interviewers are away) */
      free: number;
    };
    /** When the booth's interviewers are away (replaces the earlier list; at most 50 intervals) */
    BoothUnavailableInput: {
      unavailable?: ({
        from: string;
        to: string;
      })[];
    };
    /** A consenting graduate matching the vacancy (the name shown is audited); `applicationState` once they applied to it */
    Candidate: {
      /** Apply at /v1/vacancies/{vacancyId}/applications */
      vacancyId: string;
      graduateId: string;
      /** Every required item met by verified evidence valid today, and every age rule passed */
      eligible: boolean;
      /** 0–100, one decimal */
      score: number;
      /** Required items not met, or met only by unverified evidence */
      missingRequired: number;
      /** Required items whose evidence expires before the expected start */
      renewalsBeforeStart: number;
      lines: components["schemas"]["RequirementLine"][];
      applicationState?: components["schemas"]["ApplicationState"];
      /** The day (in Jakarta) the evaluation holds for */
      evaluatedOn: string;
      /** ISO 8601 date-time (UTC) */
      computedAt: string;
      gates: components["schemas"]["GateResult"][];
      graduate: components["schemas"]["DisclosedGraduate"];
    };
    CandidatePage: {
      items: components["schemas"]["Candidate"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** The checked-in interview; its interviewId is what the outcome call takes. `graduate` is the candidate as the booth may now see them (checking in is their own act: an imported registration becomes confirmed) */
    CheckIn: {
      /** `<recruiterId>~<slot>~<table>`: the id the outcome call takes (URL-encode it in the path) */
      interviewId: string;
      fairId: string;
      /** The schedule version holding it: the id of the schedule job that wrote it */
      scheduleVersion: string;
      /** The booth: its recruiter's id */
      recruiterId: string;
      /** Index of the slot in the fair's grid, from 0 (all days, in time order) */
      slot: number;
      /** Table at the booth, from 1 */
      table: number;
      /** The candidate; `-` on a place the booth took away (state `removed`) */
      graduateId: string;
      /** The booth's vacancies the candidate asked to interview for */
      vacancyIds: string[];
      /** Start: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      startsAt: string;
      /** End: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      endsAt: string;
      /** UTC hour of the start, e.g. 2026-12-01T02 (the reminder and no-show clock's bucket) */
      startHour: string;
      state: "checked-in";
      /** Until when the offered graduate may accept (state `offered`): an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      offerExpires?: string;
      /** When the candidate checked in: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      checkedInAt?: string;
      /** How the interview went, as the booth's recruiter recorded it */
      outcome?: "offer" | "reject" | "next-round";
      /** When the outcome was recorded: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      outcomeAt?: string;
      /** True when the candidate had already checked in (scanning twice is harmless) */
      alreadyCheckedIn: boolean;
      graduate?: components["schemas"]["GraduateSummary"];
    };
    /** The check-in code the booth scanned */
    CheckInInput: {
      /** The code in the candidate's QR (checkInCode of MyInterview) */
      code: string;
    };
    /** A problem document listing every violation that blocks publishing */
    ComplianceRefusal: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      issues?: ({
        path: string;
        message: string;
        code: string;
        /** For an unknown code: the nearest known ones */
        suggestions?: string[];
      })[];
      violations: components["schemas"]["Violation"][];
    };
    ConfirmRegistrationInput: {
      applyAnyway?: boolean;
    };
    /** Consent under UU PDP, explicit and withdrawable */
    ConsentInput: {
      /** true to give consent, false to withdraw it */
      given: boolean;
    };
    /** A credential with its evidence and review state */
    Credential: {
      /** The credential's id: staff review it at /v1/staff/credential-reviews/{graduateId}/{id} */
      id: string;
      /** Taxonomy skill code, e.g. lang.ja.jlpt or weld.135 */
      skill: string;
      /** For scale skills: the level held (JLPT N4, CEFR B1) */
      level?: string;
      /** For score skills: the score (EPS-TOPIK) */
      score?: number;
      /** For welding: what the certificate qualifies */
      welding?: {
        positions: string[];
        thicknessMm?: {
          min: number;
          max?: number;
        };
        pipeOdMinMm?: number;
        materialGroups?: string[];
      };
      /** Competency units certified (SKKNI codes) */
      units?: string[];
      issuer: string;
      /** The certificate's number */
      number: string;
      /** Calendar date YYYY-MM-DD */
      issuedOn: string;
      /** Last day of validity as printed; absent: the taxonomy's validity applies */
      expiresOn?: string;
      /** Last 6-monthly confirmation of a welding qualification */
      lastConfirmedOn?: string;
      /** pending until staff of the graduate's PPKD review it */
      verification: "verified" | "pending" | "rejected";
      /** Where staff find the evidence (a scan's storage key, an issuer's URL) */
      evidenceRef: string;
      /** ISO 8601 date-time (UTC) */
      submittedAt: string;
      /** The reviewing staff member (subject) */
      reviewedBy?: string;
      /** ISO 8601 date-time (UTC) */
      reviewedAt?: string;
      reviewNote?: string;
    };
    /** A credential with where staff find its evidence; it waits unverified in the PPKD's review queue */
    CredentialInput: {
      skill: string;
      level?: string;
      score?: number;
      welding?: {
        positions: string[];
        thicknessMm?: {
          min: number;
          max?: number;
        };
        pipeOdMinMm?: number;
        materialGroups?: string[];
      };
      units?: string[];
      issuer: string;
      number: string;
      issuedOn: string;
      expiresOn?: string;
      lastConfirmedOn?: string;
      evidenceRef: string;
    };
    /** A credential waiting for review; decide at /v1/staff/credential-reviews/{graduateId}/{credentialId} */
    CredentialReview: {
      graduateId: string;
      credentialId: string;
      ppkd: "Jakarta Pusat" | "Jakarta Utara" | "Jakarta Barat" | "Jakarta Selatan" | "Jakarta Timur";
      skill: string;
      /** ISO 8601 date-time (UTC) */
      submittedAt: string;
    };
    /** Staff's decision on a credential, after checking its evidence */
    CredentialReviewInput: {
      verification: "verified" | "rejected";
      /** Shown to the graduate */
      note?: string;
    };
    CredentialReviewPage: {
      items: components["schemas"]["CredentialReview"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** One read of the graduate's personal data by someone else (UU PDP audit) */
    DataRead: {
      graduateId: string;
      /** ISO 8601 date-time (UTC) */
      at: string;
      /** Who read (their subject) */
      reader: string;
      /** The reader's role */
      role: "graduate" | "recruiter" | "organiser" | "staff" | "operator";
      /** The reader's organisation, when a recruiter read */
      recruiterId?: string;
      /** What was read, and through which list or record */
      what: string;
    };
    DataReadPage: {
      items: components["schemas"]["DataRead"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** What open vacancies ask for against how many verified graduates hold it */
    DemandReport: {
      /** Largest shortfall first */
      items: components["schemas"]["DemandRow"][];
    };
    /** Demand for one skill, level, importance and country against supply; `label` is the skill's name (absent for a skill the taxonomy no longer knows) */
    DemandRow: {
      skill: string;
      label?: components["schemas"]["LocalizedText"];
      country: string;
      importance: "required" | "preferred";
      /** The least level, score or welding positions asked ('-' for none) */
      minimum: string;
      /** Open vacancies asking for it */
      vacancies: number;
      /** Their openings */
      openings: number;
      /** Consenting graduates holding the skill at or above the minimum, verified and valid */
      holders: number;
      /** Openings beyond the holders (0 when enough) */
      shortfall: number;
    };
    /** Contact details through an application the graduate made (never the NIK; the read is audited) */
    DisclosedContact: {
      disclosed: true;
      name: string;
      ppkd: "Jakarta Pusat" | "Jakarta Utara" | "Jakarta Barat" | "Jakarta Selatan" | "Jakarta Timur";
      phone?: string;
      email?: string;
    };
    /** Name and PPKD of a consenting graduate (the read is audited) */
    DisclosedGraduate: {
      disclosed: true;
      name: string;
      ppkd: "Jakarta Pusat" | "Jakarta Utara" | "Jakarta Barat" | "Jakarta Selatan" | "Jakarta Timur";
    };
    /** A job fair as the caller may see it */
    Fair: {
      fairId: string;
      name: string;
      venue: string;
      calendar: components["schemas"]["FairCalendar"];
      /** Minimum minutes between two interviews of one candidate */
      minGapMinutes: number;
      /** How the scheduler trades coverage against priority: first (every coverable candidate gets an interview first), balanced, off (priority-weighted value only) */
      coverage: "first" | "balanced" | "off";
      /** Registration opens: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      registrationOpens: string;
      /** Registration closes: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      registrationCloses: string;
      /** draft (only its organisers see it), registration-open, registration-closed */
      state: "draft" | "registration-open" | "registration-closed";
      /** The schedule version everyone sees (the id of the schedule job that wrote it); absent until published */
      publishedVersion?: string;
      /** When the schedule was last published: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      publishedAt?: string;
      /** First day of the fair (local date): the listing's order */
      firstDay: string;
      /** Changes with every change to the fair (optimistic locking) */
      version: number;
      /** Created: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      createdAt: string;
      /** Last changed: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      updatedAt: string;
      /** The fair's owner (who created it); shown only to the fair's organisers */
      organiserId?: string;
      /** Other organisers who run the fair with the owner, sorted; shown only to the fair's organisers */
      coOrganisers?: string[];
      /** Interview slots per table over all days */
      slots: number;
      /** Start of the first interview slot: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      firstSlotStartsAt?: string;
    };
    /** The fair's days, opening hours, breaks and slot length, in its own time zone */
    FairCalendar: {
      /** IANA time zone of the venue, e.g. Asia/Jakarta (WIB); every instant is stored in UTC */
      timeZone: string;
      /** First day of the fair (local date) */
      firstDay: string;
      /** Last day of the fair (local date) */
      lastDay: string;
      /** A local time in the fair's zone, HH:MM (24-hour) */
      opens: string;
      /** A local time in the fair's zone, HH:MM (24-hour) */
      closes: string;
      /** Daily breaks (lunch, prayers); no interview in them */
      breaks: ({
        /** A local time in the fair's zone, HH:MM (24-hour) */
        start: string;
        /** A local time in the fair's zone, HH:MM (24-hour) */
        end: string;
      })[];
      /** Length of an interview slot, minutes */
      slotMinutes: number;
    };
    /** A fair with its booths */
    FairDetail: {
      fairId: string;
      name: string;
      venue: string;
      calendar: components["schemas"]["FairCalendar"];
      /** Minimum minutes between two interviews of one candidate */
      minGapMinutes: number;
      /** How the scheduler trades coverage against priority: first (every coverable candidate gets an interview first), balanced, off (priority-weighted value only) */
      coverage: "first" | "balanced" | "off";
      /** Registration opens: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      registrationOpens: string;
      /** Registration closes: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      registrationCloses: string;
      /** draft (only its organisers see it), registration-open, registration-closed */
      state: "draft" | "registration-open" | "registration-closed";
      /** The schedule version everyone sees (the id of the schedule job that wrote it); absent until published */
      publishedVersion?: string;
      /** When the schedule was last published: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      publishedAt?: string;
      /** First day of the fair (local date): the listing's order */
      firstDay: string;
      /** Changes with every change to the fair (optimistic locking) */
      version: number;
      /** Created: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      createdAt: string;
      /** Last changed: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      updatedAt: string;
      /** The fair's owner (who created it); shown only to the fair's organisers */
      organiserId?: string;
      /** Other organisers who run the fair with the owner, sorted; shown only to the fair's organisers */
      coOrganisers?: string[];
      /** Interview slots per table over all days */
      slots: number;
      /** Start of the first interview slot: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      firstSlotStartsAt?: string;
      /** Every booth of the fair, by recruiter id */
      booths: components["schemas"]["Booth"][];
    };
    /** A new fair: its days, opening hours, breaks and slot length in its own time zone, the minimum gap between one candidate's interviews, the scheduler's coverage setting and the registration window (instants with an offset; registration closes before the first interview) */
    FairInput: {
      name: string;
      venue: string;
      calendar: {
        timeZone?: string;
        firstDay: string;
        lastDay: string;
        opens: string;
        closes: string;
        breaks?: ({
          start: string;
          end: string;
        })[];
        slotMinutes: number;
      };
      minGapMinutes?: number;
      coverage?: "first" | "balanced" | "off";
      registrationOpens: string;
      registrationCloses: string;
    };
    FairPage: {
      items: components["schemas"]["Fair"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** A fair's report for its organisers and staff: registrations, requested vs scheduled interviews, attendance, no-shows, cancellations, outcomes by vacancy, country and skill */
    FairReport: {
      fairId: string;
      name: string;
      state: "draft" | "registration-open" | "registration-closed";
      /** The published schedule version; absent until published */
      publishedVersion?: string;
      /** Graduates registered (themselves or by an organiser's import) */
      registrations: number;
      /** Requested vs scheduled, from the published schedule's job; absent until a schedule is published */
      interviews?: {
        requested: number;
        scheduled: number;
        shortlistedRequested: number;
        shortlistedScheduled: number;
        candidatesRequesting: number;
        candidatesWithInterview: number;
        /** By booth (recruiter id) */
        perBooth: {
          [key: string]: components["schemas"]["Tally"];
        };
      };
      /** Interviews checked in */
      attended: number;
      /** Booked interviews nobody checked in for */
      noShows: number;
      /** Interviews the graduate cancelled */
      cancellations: number;
      /** Recorded outcomes, counted once per vacancy, country and required skill the interview was for */
      outcomes: {
        /** By vacancy id */
        vacancy: {
          [key: string]: components["schemas"]["OutcomeCounts"];
        };
        /** By destination country (ISO code) */
        country: {
          [key: string]: components["schemas"]["OutcomeCounts"];
        };
        /** By required skill */
        skill: {
          [key: string]: components["schemas"]["OutcomeCounts"];
        };
      };
    };
    /** An interview request at one booth, made by the graduate's picks */
    FairRequest: {
      recruiterId: string;
      /** The picks at this booth, in the graduate's order */
      vacancyIds: string[];
      /** 1 = the booth of the graduate's first pick */
      preference: number;
      /** The best match score among these picks (0–100) */
      matchScore: number;
      /** False while an imported registration waits for the graduate */
      confirmed: boolean;
      /** The applications these picks made (none until confirmed) */
      applicationIds: string[];
    };
    /** An age rule and whether the graduate passes it, explained */
    Gate: {
      gate: "minimum_age" | "age_at_application" | "age_at_start";
      ok: boolean;
      explanation: components["schemas"]["LocalizedText"];
    };
    /** Whether an age rule passes (never the graduate's age) */
    GateResult: {
      gate: "minimum_age" | "age_at_application" | "age_at_start";
      ok: boolean;
    };
    /** The applicant's contact details, or why they are withheld */
    GraduateContact: (components["schemas"]["DisclosedContact"] | components["schemas"]["WithheldGraduate"]);
    /** The graduate's own profile, with every credential (only the graduate sees this) */
    GraduateProfile: {
      /** The graduate's id: their token's subject */
      graduateId: string;
      name: string;
      /** Calendar date YYYY-MM-DD */
      birthDate: string;
      /** The training centre (PPKD) whose staff review the credentials */
      ppkd: "Jakarta Pusat" | "Jakarta Utara" | "Jakarta Barat" | "Jakarta Selatan" | "Jakarta Timur";
      kecamatan?: string;
      kelurahan?: string;
      /** Language of notices and messages */
      language: "id" | "en";
      /** National identity number; never shown to recruiters */
      nik?: string;
      phone?: string;
      email?: string;
      /** UU PDP consent to share the profile with recruiters and organisers; none until first given */
      consent: "given" | "withdrawn" | "none";
      /** When consent was last given or withdrawn */
      consentAt?: string;
      credentials: components["schemas"]["Credential"][];
      /** Message types switched off, sorted: `type` everywhere, `type@in-app` or `type@external` on one channel */
      notificationOptOut: ("vacancy-match" | "vacancy-match@in-app" | "vacancy-match@external" | "application-status" | "application-status@in-app" | "application-status@external" | "credential-reviewed" | "credential-reviewed@in-app" | "credential-reviewed@external" | "fair-registration" | "fair-registration@in-app" | "fair-registration@external")[];
      /** Send it back to edit the profile (optimistic locking) */
      version: number;
      /** ISO 8601 date-time (UTC) */
      createdAt: string;
      /** ISO 8601 date-time (UTC) */
      updatedAt: string;
    };
    /** A graduate's profile as they write it (NIK, phone and email are never shown to recruiters before they apply) */
    GraduateProfileInput: {
      name: string;
      birthDate: string;
      ppkd: "Jakarta Pusat" | "Jakarta Utara" | "Jakarta Barat" | "Jakarta Selatan" | "Jakarta Timur";
      kecamatan?: string;
      kelurahan?: string;
      language?: "id" | "en";
      nik?: string;
      phone?: string;
      email?: string;
    };
    /** The whole profile as it should be, with the version it was read at */
    GraduateProfileUpdate: {
      name: string;
      birthDate: string;
      ppkd: "Jakarta Pusat" | "Jakarta Utara" | "Jakarta Barat" | "Jakarta Selatan" | "Jakarta Timur";
      kecamatan?: string;
      kelurahan?: string;
      language?: "id" | "en";
      nik?: string;
      phone?: string;
      email?: string;
      /** The profile's version you read */
      version: number;
    };
    /** A graduate in a list a recruiter or organiser reads */
    GraduateSummary: (components["schemas"]["DisclosedGraduate"] | components["schemas"]["WithheldGraduate"]);
    Health: {
      status: "ok" | "degraded";
      checkedAt: string;
      dependencies: ({
        name: string;
        ok: boolean;
        latencyMs: number;
        detail?: string;
      })[];
    };
    /** One row of an import and what became of it */
    ImportRow: {
      /** The row's line in the file (the header is line 1) */
      line: number;
      graduateId: string;
      /** As written: vacancy ids separated by ';' */
      picks: string;
      outcome: "registered" | "refused" | "pending";
      /** Why a row was refused (e.g. cannot_register, duplicate_row, not_at_fair) */
      code?: string;
      message?: string;
    };
    ImportRowPage: {
      items: components["schemas"]["ImportRow"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** An interview at one table and slot of a fair's schedule version */
    Interview: {
      /** `<recruiterId>~<slot>~<table>`: the id the outcome call takes (URL-encode it in the path) */
      interviewId: string;
      fairId: string;
      /** The schedule version holding it: the id of the schedule job that wrote it */
      scheduleVersion: string;
      /** The booth: its recruiter's id */
      recruiterId: string;
      /** Index of the slot in the fair's grid, from 0 (all days, in time order) */
      slot: number;
      /** Table at the booth, from 1 */
      table: number;
      /** The candidate; `-` on a place the booth took away (state `removed`) */
      graduateId: string;
      /** The booth's vacancies the candidate asked to interview for */
      vacancyIds: string[];
      /** Start: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      startsAt: string;
      /** End: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      endsAt: string;
      /** UTC hour of the start, e.g. 2026-12-01T02 (the reminder and no-show clock's bucket) */
      startHour: string;
      /** booked; offered (held for one waitlisted graduate until offerExpires); checked-in; no-show; removed (the booth took the place away) */
      state: "booked" | "offered" | "checked-in" | "no-show" | "removed";
      /** Until when the offered graduate may accept (state `offered`): an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      offerExpires?: string;
      /** When the candidate checked in: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      checkedInAt?: string;
      /** How the interview went, as the booth's recruiter recorded it */
      outcome?: "offer" | "reject" | "next-round";
      /** When the outcome was recorded: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      outcomeAt?: string;
    };
    /** The one credential that would make the graduate eligible for the most open vacancies they now miss for that reason alone */
    LearnNext: {
      /** A taxonomy code (see /v1/skills) */
      skill: string;
      level?: string;
      score?: number;
      /** The requirement's own words, e.g. JLPT N4 or higher */
      needed: {
        id: string;
        en: string;
      };
      /** How many open vacancies it would open */
      opens: number;
      examples: ({
        vacancyId: string;
        title: string;
        country: string;
      })[];
      /** ISO codes of their countries, sorted */
      countries: string[];
    };
    /** A placement company's SIP3MI licence */
    Licence: {
      /** SIP3MI number */
      number: string;
      /** Calendar date YYYY-MM-DD */
      validFrom: string;
      /** Calendar date YYYY-MM-DD */
      validUntil: string;
      /** False until staff verify it; a P3MI publishes only with a verified, valid licence */
      verified: boolean;
      /** The staff member who last reviewed it (subject) */
      reviewedBy?: string;
      /** ISO 8601 date-time (UTC) */
      reviewedAt?: string;
    };
    /** A SIP3MI licence as the organisation states it: unverified until staff check it */
    LicenceInput: {
      number: string;
      validFrom: string;
      validUntil: string;
    };
    /** Staff's decision on the licence on file */
    LicenceReviewInput: {
      /** true: the licence is valid as stated; false: rejected */
      verified: boolean;
    };
    LicenceReviewPage: {
      items: components["schemas"]["Recruiter"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** A text in Bahasa Indonesia (id) and English (en) */
    LocalizedText: {
      /** Bahasa Indonesia */
      id: string;
      /** English */
      en: string;
    };
    /** A vacancy the graduate matches, with every requirement explained; `applicationState` once they applied to it */
    Match: {
      /** Apply at /v1/vacancies/{vacancyId}/applications */
      vacancyId: string;
      graduateId: string;
      /** Every required item met by verified evidence valid today, and every age rule passed */
      eligible: boolean;
      /** 0–100, one decimal */
      score: number;
      /** Required items not met, or met only by unverified evidence */
      missingRequired: number;
      /** Required items whose evidence expires before the expected start */
      renewalsBeforeStart: number;
      lines: components["schemas"]["RequirementLine"][];
      applicationState?: components["schemas"]["ApplicationState"];
      /** The day (in Jakarta) the evaluation holds for */
      evaluatedOn: string;
      /** ISO 8601 date-time (UTC) */
      computedAt: string;
      gates: components["schemas"]["Gate"][];
      vacancy: components["schemas"]["MatchedVacancy"];
    };
    MatchPage: {
      items: components["schemas"]["Match"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** The vacancy of a match, as it was when the match was computed */
    MatchedVacancy: {
      title: string;
      country: string;
      sector: string;
      recruiterId: string;
      /** Calendar date YYYY-MM-DD */
      applicationDeadline: string;
      /** Calendar date YYYY-MM-DD */
      expectedStart: string;
    };
    /** A person who acts for a recruiter organisation */
    Member: {
      recruiterId: string;
      /** The member's subject in the identity provider */
      sub: string;
      name: string;
      email?: string;
      /** ISO 8601 date-time (UTC) */
      addedAt: string;
    };
    /** A person who acts for the organisation, by their subject in the identity provider */
    MemberInput: {
      sub: string;
      name: string;
      email?: string;
    };
    MemberPage: {
      items: components["schemas"]["Member"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** One of the caller's interviews at the fair, with local times and its check-in code */
    MyInterview: {
      /** `<recruiterId>~<slot>~<table>`: the id the outcome call takes (URL-encode it in the path) */
      interviewId: string;
      fairId: string;
      /** The schedule version holding it: the id of the schedule job that wrote it */
      scheduleVersion: string;
      /** The booth: its recruiter's id */
      recruiterId: string;
      /** Index of the slot in the fair's grid, from 0 (all days, in time order) */
      slot: number;
      /** Table at the booth, from 1 */
      table: number;
      /** The candidate; `-` on a place the booth took away (state `removed`) */
      graduateId: string;
      /** The booth's vacancies the candidate asked to interview for */
      vacancyIds: string[];
      /** Start: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      startsAt: string;
      /** End: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      endsAt: string;
      /** UTC hour of the start, e.g. 2026-12-01T02 (the reminder and no-show clock's bucket) */
      startHour: string;
      /** booked; offered (held for one waitlisted graduate until offerExpires); checked-in; no-show; removed (the booth took the place away) */
      state: "booked" | "offered" | "checked-in" | "no-show" | "removed";
      /** Until when the offered graduate may accept (state `offered`): an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      offerExpires?: string;
      /** When the candidate checked in: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      checkedInAt?: string;
      /** How the interview went, as the booth's recruiter recorded it */
      outcome?: "offer" | "reject" | "next-round";
      /** When the outcome was recorded: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      outcomeAt?: string;
      /** Start and end as wall-clock times in the fair's time zone, with the zone's name (WIB, WITA, WIT or the IANA name) */
      local: {
        /** e.g. `2026-12-01 09:00 WIB` */
        startsAt: string;
        /** e.g. `2026-12-01 09:15 WIB` */
        endsAt: string;
      };
      /** Signed, not guessable code to show at the booth (the QR code draws it); the booth sends it to the check-in call */
      checkInCode: string;
    };
    /** The caller's interviews at the fair (not offers, not places taken away) */
    MyInterviews: {
      /** In time order; at most one per booth, so never paged */
      items: components["schemas"]["MyInterview"][];
    };
    /** A notice in an inbox */
    Notification: {
      /** The graduate, or `org:<recruiterId>` for an organisation's inbox */
      recipientId: string;
      /** Mark it read at /v1/graduates/me/notifications/{notificationId}/read */
      notificationId: string;
      channel: "in-app";
      /** The message template, e.g. vacancy-match, application-status, credential-reviewed */
      type: string;
      title: string;
      body: string;
      /** The language it was written in (the recipient's) */
      language: "id" | "en";
      /** The API path it is about, e.g. /v1/applications/{applicationId} */
      link?: string;
      read: boolean;
      /** ISO 8601 date-time (UTC) */
      createdAt: string;
    };
    NotificationPage: {
      items: components["schemas"]["Notification"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** Message types the graduate does not want */
    NotificationPreferencesInput: {
      /** What is not wanted: `type` (everywhere), `type@in-app` or `type@external` (email, or SMS without email); [] for all */
      optOut: ("vacancy-match" | "vacancy-match@in-app" | "vacancy-match@external" | "application-status" | "application-status@in-app" | "application-status@external" | "credential-reviewed" | "credential-reviewed@in-app" | "credential-reviewed@external" | "fair-registration" | "fair-registration@in-app" | "fair-registration@external")[];
    };
    /** Accepted: the caller's interview in that place. Declined: the place it was */
    OfferAnswer: (components["schemas"]["MyInterview"] | components["schemas"]["OfferDeclined"]);
    /** The answer to a place offered from the waitlist */
    OfferAnswerInput: {
      /** true takes the place; false passes it to the next on the waitlist */
      accept: boolean;
    };
    /** The offer was declined; the place goes to the next graduate on the waitlist */
    OfferDeclined: {
      declined: true;
      /** `<recruiterId>~<slot>~<table>`: the id the outcome call takes (URL-encode it in the path) */
      interviewId: string;
      /** The booth: its recruiter's id */
      recruiterId: string;
      /** Index of the slot in the fair's grid, from 0 (all days, in time order) */
      slot: number;
      /** Table at the booth, from 1 */
      table: number;
    };
    OrganisationNotificationPage: {
      items: components["schemas"]["Notification"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** A message an external channel sent (or, locally, would have sent) */
    OutboxMessage: {
      channel: "email" | "sms" | "whatsapp";
      messageId: string;
      recipientId: string;
      /** The address, masked (r•••@example.id, +62812•••••890) */
      to?: string;
      subject: string;
      body: string;
      /** pending until the channel took it */
      state: "pending" | "sent";
      /** When the channel took it (on AWS) */
      sentAt?: string;
      /** ISO 8601 date-time (UTC) */
      createdAt: string;
    };
    OutboxPage: {
      items: components["schemas"]["OutboxMessage"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** Interviews by recorded outcome (an outcome nobody recorded is absent) */
    OutcomeCounts: {
      offer?: number;
      reject?: number;
      "next-round"?: number;
    };
    /** How the attended interview went */
    OutcomeInput: {
      /** offer or reject move the applications the interview was for; next-round keeps them */
      outcome: "offer" | "reject" | "next-round";
      /** Kept in the history of the applications it moves */
      note?: string;
    };
    /** A place taken away from the booth's schedule */
    PlaceRemoved: {
      /** The place taken away (now an interview in state `removed`) */
      removed: {
        fairId: string;
        scheduleVersion: string;
        /** The booth: its recruiter's id */
        recruiterId: string;
        /** Index of the slot in the fair's grid, from 0 (all days, in time order) */
        slot: number;
        /** Table at the booth, from 1 */
        table: number;
      };
      /** How many were told (whoever held or was offered the place): 0 or 1; who it was stays theirs to say */
      notified: number;
    };
    /** A probe through a queue and its worker into the table: `done` once the worker handled it */
    Probe: {
      /** Read it at /v1/ops/probes/{probeId} */
      probeId: string;
      /** The queue it went through (its worker completes it) */
      queue: string;
      status: "queued" | "done";
      /** ISO 8601 date-time (UTC) */
      createdAt: string;
      /** When the queue's worker handled it */
      completedAt?: string;
      /** How many times SQS delivered the message before the worker finished it */
      receiveCount?: number;
    };
    /** Which queue to probe */
    ProbeInput: {
      /** The queue (and so the worker) to send it through */
      queue?: "match" | "schedule" | "notify";
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      issues?: ({
        path: string;
        message: string;
        code: string;
        /** For an unknown code: the nearest known ones */
        suggestions?: string[];
      })[];
      violations?: unknown[];
    };
    /** A recruiter organisation and its licence */
    Recruiter: {
      /** The organisation's id: its recruiters' tokens name it */
      recruiterId: string;
      name: string;
      /** A licensed placement company (P3MI) or a government body */
      kind: "p3mi" | "government";
      licence?: components["schemas"]["Licence"];
      /** Present while a licence waits for staff */
      licenceReview?: "pending";
      version: number;
      /** ISO 8601 date-time (UTC) */
      createdAt: string;
      /** ISO 8601 date-time (UTC) */
      updatedAt: string;
    };
    /** An organisation to onboard: a licensed placement company (P3MI) or a government body */
    RecruiterInput: {
      name: string;
      kind: "p3mi" | "government";
      licence?: components["schemas"]["LicenceInput"];
    };
    /** A graduate who asked to interview at the booth; `graduate` is their name and PPKD (audited), or why withheld */
    Registrant: {
      fairId: string;
      graduateId: string;
      recruiterId: string;
      /** The booth's vacancies the graduate picked */
      vacancyIds: string[];
      /** The graduate's own order of booths: 1 is their first choice */
      preference: number;
      /** Best match score (0–100) over the picked vacancies, when they registered */
      matchScore: number;
      /** Marked by the booth; the scheduler favours shortlisted requests */
      shortlisted: boolean;
      /** False while the graduate has not confirmed a registration an organiser imported (then only the fair's organisers see the row) */
      confirmed: boolean;
      /** When the graduate (or an organiser's import) registered: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      registeredAt: string;
      graduate?: components["schemas"]["GraduateSummary"];
    };
    RegistrantPage: {
      items: components["schemas"]["Registrant"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** A graduate's registration for a fair */
    Registration: {
      fairId: string;
      graduateId: string;
      /** Vacancy ids, first choice first */
      picks: string[];
      source: "self" | "import";
      /** The graduate's own act: registered themselves, or confirmed an import */
      confirmed: boolean;
      applyAnyway: boolean;
      requests: components["schemas"]["FairRequest"][];
      /** On confirmation: picks that could not be applied to (e.g. deadline_passed) */
      notApplied?: ({
        vacancyId: string;
        code: string;
      })[];
    };
    /** An organiser's registration import: applied in batches of 100 rows by a worker */
    RegistrationImport: {
      /** Read the job at /v1/fairs/{fairId}/imports/{importId} */
      importId: string;
      fairId: string;
      state: "queued" | "running" | "done";
      /** Rows read from the file */
      rows: number;
      processed: number;
      registered: number;
      refused: number;
      importedBy: string;
      createdAt: string;
      updatedAt: string;
    };
    RegistrationImportPage: {
      items: components["schemas"]["RegistrationImport"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** The vacancies at this fair the graduate wants to interview for, first choice first */
    RegistrationInput: {
      picks: string[];
      applyAnyway?: boolean;
    };
    /** A fair the graduate is registered for */
    RegistrationSummary: {
      fairId: string;
      picks: string[];
      source: "self" | "import";
      confirmed: boolean;
      createdAt: string;
      updatedAt: string;
    };
    RegistrationSummaryPage: {
      items: components["schemas"]["RegistrationSummary"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** How the graduate stands against one requirement, explained; `held` is the closest thing held when not met, or the lapsed credential */
    RequirementLine: {
      requirementId: string;
      skill: string;
      importance: "required" | "preferred";
      outcome: "not_met" | "unverified_only" | "met_expires_before_start" | "met";
      /** The graduate's credentials that gave the outcome */
      credentialIds: string[];
      needed: components["schemas"]["LocalizedText"];
      held?: components["schemas"]["LocalizedText"];
      /** For met_expires_before_start: when the evidence expires, before the start */
      lapsesOn?: string;
      /** A welding qualification's next confirmation, due before the start */
      confirmBy?: string;
      points: number;
      maxPoints: number;
      explanation: components["schemas"]["LocalizedText"];
    };
    /** The slot to move to, at the same booth */
    RescheduleInput: {
      /** Index of the slot in the fair's grid, from 0 */
      slot: number;
    };
    /** A run of the interview scheduler for a fair: state, progress and result */
    ScheduleJob: {
      /** Also the schedule version it writes: publish it by this id */
      jobId: string;
      fairId: string;
      /** first (every coverable candidate gets an interview first), balanced, off (priority-weighted value only) */
      coverage: "first" | "balanced" | "off";
      state: "queued" | "running" | "done" | "failed";
      /** Runs started (a run after a crash clears the half-written version first) */
      attempts: number;
      progress?: components["schemas"]["ScheduleProgress"];
      /** Present once the job is done */
      stats?: {
        /** Interview requests of consenting graduates */
        requested: number;
        /** Interviews scheduled */
        scheduled: number;
        shortlistedRequested: number;
        shortlistedScheduled: number;
        /** Candidates with at least one request */
        candidatesRequesting: number;
        /** Candidates with a request to a booth that has any available slot */
        candidatesCoverable: number;
        /** Candidates with at least one interview */
        candidatesCovered: number;
        /** By booth (recruiter id) */
        perBooth: {
          [key: string]: components["schemas"]["Tally"];
        };
        /** The scheduler's objective value (priority-weighted, with the coverage bonus) */
        objective: number;
        /** Time the scheduler took, milliseconds */
        scheduleMs: number;
        /** first (every coverable candidate gets an interview first), balanced, off (priority-weighted value only) */
        coverage: "first" | "balanced" | "off";
      };
      /** Why the last run failed */
      error?: string;
      /** While running: until when (epoch milliseconds) the running worker holds the job */
      leaseUntil?: number;
      /** Queued: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      createdAt: string;
      /** Last changed: an ISO 8601 instant in UTC, e.g. 2026-12-01T02:00:00.000Z */
      updatedAt: string;
    };
    ScheduleJobPage: {
      items: components["schemas"]["ScheduleJob"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** Where a schedule job is: queued, clearing, scheduling, writing, done */
    ScheduleProgress: ({
      phase: "queued";
    } | {
      phase: "clearing";
      /** Interviews of an interrupted earlier attempt removed */
      cleared: number;
    } | {
      phase: "scheduling";
      /** Requests being scheduled */
      requests: number;
    } | {
      phase: "writing";
      written: number;
      total: number;
    } | {
      phase: "done";
      written: number;
      total: number;
    });
    /** Optional: this run's coverage setting (the body may be left out) */
    ScheduleRequestInput: {
      /** How to trade coverage against priority for this run: first (every coverable candidate gets an interview first), balanced, off; the fair's own setting when absent */
      coverage?: "first" | "balanced" | "off";
    };
    /** Registrants to mark (or unmark) for the booth's shortlist */
    ShortlistInput: {
      /** Registrants of the booth */
      graduateIds: string[];
      /** true marks them, false unmarks them */
      shortlisted?: boolean;
    };
    /** What the shortlist change did */
    ShortlistResult: {
      /** Registrants marked or unmarked */
      updated: number;
      /** Graduate ids sent that are not registrants the caller may see at this booth; nothing changed for them */
      notRegistered: string[];
    };
    Skill: {
      /** The code to send as `skill` in credentials, requirements and the vacancy filter */
      code: string;
      label: {
        /** Bahasa Indonesia */
        id: string;
        /** English */
        en: string;
      };
      family: "language" | "welding" | "competency" | "hospitality" | "care" | "sector-test" | "driving" | "safety" | "other";
      /** scale: ordered levels; score: a number in a range; welding: process and positions; certificate: held or not */
      kind: "scale" | "score" | "welding" | "certificate";
      /** Scale skills only: the levels, easiest first (JLPT N5 … N1); send one as `level` or `minLevel` */
      levels?: ({
        code: string;
        label: {
          /** Bahasa Indonesia */
          id: string;
          /** English */
          en: string;
        };
      })[];
      /** How it matched `q`, best first; absent when listing without `q` */
      match?: "code" | "code_prefix" | "alias" | "word" | "substring" | "fuzzy" | "partial";
    };
    SkillPage: {
      items: components["schemas"]["Skill"][];
      /** How many skills match in all (the whole taxonomy without `q`) */
      total: number;
      /** Pass back as ?offset= for the next page; absent on the last page */
      next?: number;
      /** The taxonomy version the answer comes from */
      version: string;
    };
    /** Interviews requested and scheduled */
    Tally: {
      requested: number;
      scheduled: number;
    };
    /** A vacancy: public once published; a draft only for its recruiter and staff */
    Vacancy: {
      vacancyId: string;
      /** The organisation that posted it */
      recruiterId: string;
      state: "draft" | "published" | "closed" | "filled";
      title: string;
      description?: string;
      /** ISO 3166 alpha-2 destination country */
      country: string;
      /** Sector code, e.g. shipbuilding or nursing-care */
      sector: string;
      scheme: "P-to-P" | "G-to-G" | "G-to-P" | "intra-corporate" | "independent";
      /** Visa programme code, e.g. jp-ssw */
      program?: string;
      openings: number;
      salary: {
        amount: number;
        currency: string;
        period: "hour" | "month" | "year";
      };
      /** Placement costs and who pays each (BP2MI regulation 9/2020) */
      costs: ({
        item: "airfare" | "visa" | "work_permit" | "passport" | "medical_check" | "psychological_test" | "training" | "competency_certificate" | "agency_fee" | "contract_legalisation" | "social_security" | "accommodation_before_departure" | "local_transport" | "other";
        amount: {
          amount: number;
          currency: string;
        };
        paidBy: "employer" | "recruiter" | "government" | "worker";
      })[];
      jobOrderRef?: string;
      /** Calendar date YYYY-MM-DD */
      applicationDeadline: string;
      /** Calendar date YYYY-MM-DD */
      expectedStart: string;
      ageMin?: number;
      ageMax?: number;
      requirements: ({
        id: string;
        skill: string;
        importance: "required" | "preferred";
        minLevel?: string;
        minScore?: number;
        welding?: {
          positions: string[];
          thicknessMm?: number;
          pipeOdMm?: number;
          materialGroup?: string;
        };
        units?: string[];
        weight?: number;
      })[];
      /** Warnings found when it was last published */
      warnings?: components["schemas"]["Violation"][];
      /** When it was first published */
      publishedAt?: string;
      /** Send it back to edit the vacancy (optimistic locking) */
      version: number;
      /** ISO 8601 date-time (UTC) */
      createdAt: string;
      /** ISO 8601 date-time (UTC) */
      updatedAt: string;
    };
    /** An application in a vacancy's list, as its recruiter reads it; `graduate`: the applicant's name and PPKD (audited), or why they are withheld */
    VacancyApplication: {
      /** Read it at /v1/applications/{applicationId}; move it at …/transitions */
      applicationId: string;
      vacancyId: string;
      graduateId: string;
      recruiterId: string;
      state: components["schemas"]["ApplicationState"];
      /** Applied although not eligible: the recruiter sees it flagged */
      applyAnyway: boolean;
      eligibleAtApply: boolean;
      scoreAtApply: number;
      vacancyTitle: string;
      /** Oldest first */
      history: components["schemas"]["ApplicationEvent"][];
      /** ISO 8601 date-time (UTC) */
      appliedAt: string;
      version: number;
      /** ISO 8601 date-time (UTC) */
      updatedAt: string;
      graduate: components["schemas"]["GraduateSummary"];
    };
    VacancyApplicationPage: {
      items: components["schemas"]["VacancyApplication"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** How the vacancy ends */
    VacancyCloseInput: {
      /** filled: every opening was taken */
      state?: "closed" | "filled";
    };
    /** A vacancy as a recruiter writes it; the worker-protection rules run when it is published (licence, destination, pay floor, who pays which cost, job order, dates) */
    VacancyInput: {
      title: string;
      description?: string;
      country: string;
      sector: string;
      scheme: "P-to-P" | "G-to-G" | "G-to-P" | "intra-corporate" | "independent";
      program?: string;
      openings: number;
      salary: {
        amount: number;
        currency: string;
        period: "hour" | "month" | "year";
      };
      costs?: ({
        item: "airfare" | "visa" | "work_permit" | "passport" | "medical_check" | "psychological_test" | "training" | "competency_certificate" | "agency_fee" | "contract_legalisation" | "social_security" | "accommodation_before_departure" | "local_transport" | "other";
        amount: {
          amount: number;
          currency: string;
        };
        paidBy: "employer" | "recruiter" | "government" | "worker";
      })[];
      jobOrderRef?: string;
      applicationDeadline: string;
      expectedStart: string;
      ageMin?: number;
      ageMax?: number;
      requirements?: ({
        id: string;
        skill: string;
        importance: "required" | "preferred";
        minLevel?: string;
        minScore?: number;
        welding?: {
          positions: string[];
          thicknessMm?: number;
          pipeOdMm?: number;
          materialGroup?: string;
        };
        units?: string[];
        weight?: number;
      })[];
    };
    VacancyPage: {
      items: components["schemas"]["Vacancy"][];
      /** Pass back as ?cursor= for the next page; absent on the last page */
      cursor?: string;
    };
    /** The whole vacancy as it should be, with the version it was read at */
    VacancyUpdateInput: (components["schemas"]["VacancyInput"] & {
      /** The vacancy's version you read */
      version: number;
    });
    /** A breach of a worker-protection rule found when publishing */
    Violation: {
      code: "licence_missing" | "licence_unverified" | "licence_not_valid" | "licence_lapses_before_deadline" | "destination_barred" | "destination_not_allowed" | "sector_unknown" | "worker_cost_in_exempt_sector" | "worker_cost" | "salary_below_floor" | "salary_currency_mismatch" | "salary_floor_unknown" | "job_order_missing" | "deadline_passed" | "start_before_deadline";
      /** A refusal blocks publishing; a warning is shown and counted */
      severity: "refusal" | "warning";
      /** The field it is about, e.g. salary.amount or recruiter.licence */
      field: string;
      message: components["schemas"]["LocalizedText"];
    };
    /** Nothing of the graduate is shown */
    WithheldGraduate: {
      disclosed: false;
      /** Consent withdrawn, or registered by an organiser and not yet confirmed by the graduate */
      reason: "consent-withdrawn" | "awaiting-confirmation";
    };
  };
}
