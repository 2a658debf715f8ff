import { createHash } from "node:crypto";
import { canonicalJson, fingerprint } from "../../src/workbook/fingerprint";
import { sha256Hex, useNativeSha256 } from "../../src/workbook/sha256";

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("agrees with node:crypto on UTF-8 text of every length around the block boundaries", () => {
    for (let n = 0; n < 200; n++) {
      const s = "Thi đua khen thưởng — ".repeat(5).slice(0, n);
      expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    }
  });

  it("hashes with the host's native SHA-256 once one is given (the CLI gives node:crypto's), with its own again without", () => {
    const native = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
    const calls: string[] = [];
    useNativeSha256((s) => (calls.push(s), native(s)));
    try {
      expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
      expect(calls).toEqual(["abc"]);
    } finally {
      useNativeSha256(null);
    }
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(calls).toEqual(["abc"]);
  });
});

describe("canonicalJson", () => {
  it("gives the same text whatever the key order, leaving undefined fields out", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
