import { formatCalendarDate, parseCalendarDate } from "../../src/domain/calendarDate";

describe("parseCalendarDate", () => {
  it("reads the day first, as Vietnamese documents write dates, and ISO dates", () => {
    expect(parseCalendarDate("05/12/2023")).toEqual({ y: 2023, m: 12, d: 5 });
    expect(parseCalendarDate(" 5/12/2023 ")).toEqual({ y: 2023, m: 12, d: 5 });
    expect(parseCalendarDate("05-12-2023")).toEqual({ y: 2023, m: 12, d: 5 });
    expect(parseCalendarDate("05.12.2023")).toEqual({ y: 2023, m: 12, d: 5 });
    expect(parseCalendarDate("2023-12-05")).toEqual({ y: 2023, m: 12, d: 5 });
  });

  it("refuses days that don't exist and mixed or partial forms", () => {
    for (const s of ["30/02/2023", "29/02/2023", "2023-02-30", "12/31/2023", "05/12-2023", "05/12/23", "2023/12/05", "", "ngày 5", "00/12/2023", "05/00/2023"]) {
      expect([s, parseCalendarDate(s)]).toEqual([s, null]);
    }
    expect(parseCalendarDate("29/02/2024")).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it("gives dd/mm/yyyy back", () => {
    expect(formatCalendarDate({ y: 2023, m: 12, d: 5 })).toBe("05/12/2023");
    expect(parseCalendarDate(formatCalendarDate({ y: 2024, m: 2, d: 29 }))).toEqual({ y: 2024, m: 2, d: 29 });
  });
});
