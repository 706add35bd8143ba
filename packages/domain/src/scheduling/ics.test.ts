import { describe, expect, it } from "vitest";
import { zonedTimeToUtc, zoneOffsetMinutes } from "./grid.ts";
import { icsCalendar, localStamp, vtimezone } from "./ics.ts";

const event = (startMs: number) => ({
  uid: "iv-1@jalur",
  startMs,
  endMs: startMs + 15 * 60_000,
  summary: "Wawancara: PT Mitra Kerja Nippon, meja 2",
  location: "JIExpo Kemayoran, Hall B; Jakarta",
});

describe("ICS calendar files", () => {
  it("writes interview times as wall-clock times in the fair's zone with a TZID", () => {
    const start = zonedTimeToUtc("2026-12-01", "09:00", "Asia/Jakarta");
    const ics = icsCalendar([event(start)], "Asia/Jakarta", Date.UTC(2026, 10, 24));
    expect(ics).toContain("DTSTART;TZID=Asia/Jakarta:20261201T090000");
    expect(ics).toContain("DTEND;TZID=Asia/Jakarta:20261201T091500");
    expect(ics).toContain("DTSTAMP:20261124T000000Z");
    // Special characters are escaped; lines end in CRLF.
    expect(ics).toContain("LOCATION:JIExpo Kemayoran\\, Hall B\\; Jakarta");
    expect(ics.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });

  it("escapes every text value: a bare CR, LF or CRLF becomes \\n, control characters go, nothing breaks a line", () => {
    const start = zonedTimeToUtc("2026-12-01", "09:00", "Asia/Jakarta");
    const hostile = {
      ...event(start),
      uid: "iv;2,x@jalur",
      summary: "Booth\rB\u0007",
      location: "Hall A\r\nGate 3\nLobby\\west",
      description: "Bring\u0000 your QR",
    };
    const ics = icsCalendar([hostile], "Asia/Jakarta", Date.UTC(2026, 10, 24));
    // Only CRLF line endings, each followed by a property or a folded continuation.
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics).toContain("UID:iv\\;2\\,x@jalur");
    expect(ics).toContain("SUMMARY:Booth\\nB\r\n");
    expect(ics).toContain("LOCATION:Hall A\\nGate 3\\nLobby\\\\west");
    expect(ics).toContain("DESCRIPTION:Bring your QR");
  });

  it("carries a VTIMEZONE for a zone without daylight saving (WIB, +07:00)", () => {
    const tz = vtimezone("Asia/Jakarta", Date.UTC(2026, 11, 1), Date.UTC(2026, 11, 2));
    expect(tz).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Jakarta",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0700",
      "TZOFFSETTO:+0700",
      expect.stringMatching(/^TZNAME:/),
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("carries the real offset changes for a zone with daylight saving (Europe/Berlin)", () => {
    const tz = vtimezone("Europe/Berlin", Date.UTC(2027, 3, 10), Date.UTC(2027, 3, 11)).join("\n");
    // 2026-10-25 03:00 CEST -> 02:00 CET, 2027-03-28 02:00 CET -> 03:00 CEST.
    expect(tz).toContain("BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100");
    expect(tz).toContain("BEGIN:DAYLIGHT\nDTSTART:20270328T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200");
  });

  it("knows offsets and local stamps across zones", () => {
    const t = Date.UTC(2026, 11, 1, 2, 0);
    expect(zoneOffsetMinutes(t, "Asia/Jakarta")).toBe(420);
    expect(zoneOffsetMinutes(t, "Asia/Tokyo")).toBe(540);
    expect(zoneOffsetMinutes(t, "Asia/Kolkata")).toBe(330);
    expect(localStamp(t, "Asia/Tokyo")).toBe("20261201T110000");
  });
});
