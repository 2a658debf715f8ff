import { hostModeFromPage, hostModeFromSearch, OFFICE_JS_CDN, officeJsSource } from "../../src/taskpane/hostMode";

describe("hostModeFromSearch", () => {
  it("is excel only with the manifest's host=excel marker", () => {
    expect(hostModeFromSearch("?host=excel")).toBe("excel");
    expect(hostModeFromSearch("?_host_Info=Excel$Win32$16.01$vi-VN&host=excel")).toBe("excel");
  });

  it("is file mode for a plain address, another host or a near miss", () => {
    for (const s of ["", "?", "?host=word", "?host=Excel", "?hostexcel", "?x=host=excel"]) expect(hostModeFromSearch(s)).toBe("file");
  });
});

describe("hostModeFromPage", () => {
  it("is excel only on the page marked data-host=excel (excel.html)", () => {
    const page = (attr: string | null) => ({ documentElement: { getAttribute: () => attr } }) as unknown as Document;
    expect(hostModeFromPage(page("excel"))).toBe("excel");
    for (const a of [null, "", "Excel", "file"]) expect(hostModeFromPage(page(a))).toBe("file");
  });
});

describe("officeJsSource", () => {
  it("uses Microsoft's CDN, as Office requires", () => {
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJsSource("?host=excel", false)).toBe(OFFICE_JS_CDN);
  });

  it("takes the dev server's copy only in development and only when asked", () => {
    expect(officeJsSource("?host=excel&officejs=local", true)).toBe("/office.js");
    expect(officeJsSource("?host=excel&officejs=local", false)).toBe(OFFICE_JS_CDN);
    expect(officeJsSource("?host=excel", true)).toBe(OFFICE_JS_CDN);
  });
});
