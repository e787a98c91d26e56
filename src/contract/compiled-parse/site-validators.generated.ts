// Written by scripts/gen-validators.ts from the contract's schemas (src/contract/compiled-parse/emit.ts).
// Do not edit: run `npm run contract:gen` after changing a schema. A stale copy is never used:
// the app checks its signature and otherwise validates through src/contract/fast-parse.ts.
/* eslint-disable */
// @ts-nocheck
export const SIGNATURE = "73391-6txinu";

export function create(R: readonly unknown[]): ((...args: never[]) => unknown)[] {
  const FAIL = R[0];
function f2(v) {
  if (!(R[2].has(v))) return FAIL;
  let r = v;
  return r;
}
function f6(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (Array.isArray(r)) { if (r.length < 1) return FAIL; }
  else if (typeof r === 'string' && (r.length >= 2 * 1 || r.length < 1)) { if (r.length < 1) return FAIL; }
  else { r = R[3](r); if (r === FAIL) return FAIL; }
  return r;
}
function f7(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!Number.isSafeInteger(r)) return FAIL;
  return r;
}
function f5(v) {
  let r = FAIL;
  if (r === FAIL) r = f6(v);
  if (r === FAIL) r = f7(v);
  return r;
}
function f8(v) {
  let r = R[4](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f4(v) {
  const l = f5(v);
  if (l === FAIL) return FAIL;
  let r = f8(l);
  return r;
}
function f3(v) {
  let r = f4(v);
  return r;
}
function f12(v) {
  if (!(R[6].has(v))) return FAIL;
  let r = v;
  return r;
}
function f17(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!(r >= -180)) return FAIL;
  if (!(r <= 180)) return FAIL;
  return r;
}
function f18(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!(r >= -90)) return FAIL;
  if (!(r <= 90)) return FAIL;
  return r;
}
function f19(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  return r;
}
function f16(v) {
  if (!Array.isArray(v) || v.length < 2) return FAIL;
  let r = v;
  { const e = f17(v[0]); if (e === FAIL) return FAIL; if (e !== v[0]) { if (r === v) r = v.slice(); r[0] = e; } }
  { const e = f18(v[1]); if (e === FAIL) return FAIL; if (e !== v[1]) { if (r === v) r = v.slice(); r[1] = e; } }
  for (let i = 2; i < v.length; i++) { const e = f19(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  return r;
}
function f15(v) {
  let r = f16(v);
  return r;
}
function f14(v) {
  if (!Array.isArray(v)) return FAIL;
  let r = v;
  for (let i = 0; i < v.length; i++) { const e = f15(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  if (r === FAIL) return FAIL;
  if (Array.isArray(r)) { if (r.length < 4) return FAIL; }
  else if (typeof r === 'string' && (r.length >= 2 * 4 || r.length < 4)) { if (r.length < 4) return FAIL; }
  else { r = R[7](r); if (r === FAIL) return FAIL; }
  return r;
}
function f13(v) {
  if (!Array.isArray(v)) return FAIL;
  let r = v;
  for (let i = 0; i < v.length; i++) { const e = f14(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  if (r === FAIL) return FAIL;
  if (Array.isArray(r)) { if (r.length < 1) return FAIL; }
  else if (typeof r === 'string' && (r.length >= 2 * 1 || r.length < 1)) { if (r.length < 1) return FAIL; }
  else { r = R[8](r); if (r === FAIL) return FAIL; }
  return r;
}
function f11(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(2);
  for (const k in v) { const i = R[5].get(k); if (i !== undefined) x[i] = v[k]; }
  const r0v = x[0] !== undefined ? x[0] : v["type"];
  const r0 = f12(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "type" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["coordinates"];
  const r1 = f13(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "coordinates" in v)) return FAIL;
  let r = { "type": r0, "coordinates": r1 };
  return r;
}
function f21(v) {
  if (!(R[10].has(v))) return FAIL;
  let r = v;
  return r;
}
function f24(v) {
  if (!Array.isArray(v)) return FAIL;
  let r = v;
  for (let i = 0; i < v.length; i++) { const e = f15(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  if (r === FAIL) return FAIL;
  if (Array.isArray(r)) { if (r.length < 4) return FAIL; }
  else if (typeof r === 'string' && (r.length >= 2 * 4 || r.length < 4)) { if (r.length < 4) return FAIL; }
  else { r = R[11](r); if (r === FAIL) return FAIL; }
  return r;
}
function f23(v) {
  if (!Array.isArray(v)) return FAIL;
  let r = v;
  for (let i = 0; i < v.length; i++) { const e = f24(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  if (r === FAIL) return FAIL;
  if (Array.isArray(r)) { if (r.length < 1) return FAIL; }
  else if (typeof r === 'string' && (r.length >= 2 * 1 || r.length < 1)) { if (r.length < 1) return FAIL; }
  else { r = R[12](r); if (r === FAIL) return FAIL; }
  return r;
}
function f22(v) {
  if (!Array.isArray(v)) return FAIL;
  let r = v;
  for (let i = 0; i < v.length; i++) { const e = f23(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  if (r === FAIL) return FAIL;
  if (Array.isArray(r)) { if (r.length < 1) return FAIL; }
  else if (typeof r === 'string' && (r.length >= 2 * 1 || r.length < 1)) { if (r.length < 1) return FAIL; }
  else { r = R[13](r); if (r === FAIL) return FAIL; }
  return r;
}
function f20(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(2);
  for (const k in v) { const i = R[9].get(k); if (i !== undefined) x[i] = v[k]; }
  const r0v = x[0] !== undefined ? x[0] : v["type"];
  const r0 = f21(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "type" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["coordinates"];
  const r1 = f22(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "coordinates" in v)) return FAIL;
  let r = { "type": r0, "coordinates": r1 };
  return r;
}
function f10(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  let r = FAIL;
  switch (v["type"]) { case "Polygon": r = f11(v); break; case "MultiPolygon": r = f20(v); break; }
  if (r === undefined || r === null) r = FAIL;
  return r;
}
function f9(v) {
  let r = f10(v);
  return r;
}
function f27(v) {
  if (!(R[15].has(v))) return FAIL;
  let r = v;
  return r;
}
function f28(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[16](r);
  if (Array.isArray(r)) { if (r.length < 1) return FAIL; }
  else if (typeof r === 'string' && (r.length >= 2 * 1 || r.length < 1)) { if (r.length < 1) return FAIL; }
  else { r = R[17](r); if (r === FAIL) return FAIL; }
  return r;
}
function f31(v) {
  let r = v === null ? null : f28(v);
  return r;
}
function f30(v) {
  let r = v === undefined ? undefined : f31(v);
  return r;
}
function f32(v) {
  let r = R[18](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f29(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f32(l);
  return r;
}
function f36(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[19](r);
  if (r === FAIL) return FAIL;
  return r;
}
function f35(v) {
  let r = v === null ? null : f36(v);
  return r;
}
function f34(v) {
  let r = v === undefined ? undefined : f35(v);
  return r;
}
function f37(v) {
  let r = R[20](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f33(v) {
  const l = f34(v);
  if (l === FAIL) return FAIL;
  let r = f37(l);
  return r;
}
function f38(v) {
  if (!(R[21].has(v))) return FAIL;
  let r = v;
  return r;
}
function f43(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[22](r);
  r = R[23](r);
  if (r === FAIL) return FAIL;
  return r;
}
function f44(v) {
  let r = R[24](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f42(v) {
  const l = f43(v);
  if (l === FAIL) return FAIL;
  let r = f44(l);
  return r;
}
function f40(v) {
  let r = FAIL;
  if (r === FAIL) r = f19(v);
  if (r === FAIL) r = f42(v);
  return r;
}
function f45(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!Number.isSafeInteger(r)) return FAIL;
  if (!(r >= 0)) return FAIL;
  return r;
}
function f39(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f45(l);
  return r;
}
function f48(v) {
  let r = v === null ? null : f39(v);
  return r;
}
function f47(v) {
  let r = v === undefined ? undefined : f48(v);
  return r;
}
function f49(v) {
  let r = R[25](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f46(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f49(l);
  return r;
}
function f54(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!(r >= 0)) return FAIL;
  return r;
}
function f53(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f54(l);
  return r;
}
function f52(v) {
  let r = v === null ? null : f53(v);
  return r;
}
function f51(v) {
  let r = v === undefined ? undefined : f52(v);
  return r;
}
function f55(v) {
  let r = R[26](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f50(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f55(l);
  return r;
}
function f58(v) {
  if (!(typeof v === 'boolean')) return FAIL;
  let r = v;
  return r;
}
function f60(v) {
  if (!(R[28].has(v))) return FAIL;
  let r = v;
  return r;
}
function f61(v) {
  let r = R[29](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f59(v) {
  const l = f60(v);
  if (l === FAIL) return FAIL;
  let r = f61(l);
  return r;
}
function f63(v) {
  if (!(R[30].has(v))) return FAIL;
  let r = v;
  return r;
}
function f64(v) {
  let r = R[31](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f62(v) {
  const l = f63(v);
  if (l === FAIL) return FAIL;
  let r = f64(l);
  return r;
}
function f66(v) {
  if (!(R[32].has(v))) return FAIL;
  let r = v;
  return r;
}
function f67(v) {
  let r = R[33](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f65(v) {
  const l = f66(v);
  if (l === FAIL) return FAIL;
  let r = f67(l);
  return r;
}
function f57(v) {
  let r = FAIL;
  if (r === FAIL) r = f58(v);
  if (r === FAIL) r = f59(v);
  if (r === FAIL) r = f62(v);
  if (r === FAIL) r = f65(v);
  return r;
}
function f56(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[27].defaultValue;
  return r;
}
function f71(v) {
  let r = R[34](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f68(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f71(l);
  return r;
}
function f77(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[35](r);
  return r;
}
function f78(v) {
  let r = R[36](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f76(v) {
  const l = f77(v);
  if (l === FAIL) return FAIL;
  let r = f78(l);
  return r;
}
function f79(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[37](r);
  if (r === FAIL) return FAIL;
  return r;
}
function f75(v) {
  const l = f76(v);
  if (l === FAIL) return FAIL;
  let r = f79(l);
  return r;
}
function f74(v) {
  let r = v === null ? null : f75(v);
  return r;
}
function f73(v) {
  let r = v === undefined ? undefined : f74(v);
  return r;
}
function f80(v) {
  let r = R[38](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f72(v) {
  const l = f73(v);
  if (l === FAIL) return FAIL;
  let r = f80(l);
  return r;
}
function f82(v) {
  if (!(R[40].has(v))) return FAIL;
  let r = v;
  return r;
}
function f81(v) {
  let r = v === undefined ? undefined : f82(v);
  if (r === undefined) r = R[39].defaultValue;
  return r;
}
function f86(v) {
  let r = R[41](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f83(v) {
  const l = f73(v);
  if (l === FAIL) return FAIL;
  let r = f86(l);
  return r;
}
function f87(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f18(l);
  return r;
}
function f89(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f17(l);
  return r;
}
function f94(v) {
  let r = R[42](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f91(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f94(l);
  return r;
}
function f98(v) {
  let r = R[43](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f95(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f98(l);
  return r;
}
function f102(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[44](r);
  if (r === FAIL) return FAIL;
  return r;
}
function f101(v) {
  let r = v === null ? null : f102(v);
  return r;
}
function f100(v) {
  let r = v === undefined ? undefined : f101(v);
  return r;
}
function f103(v) {
  let r = R[45](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f99(v) {
  const l = f100(v);
  if (l === FAIL) return FAIL;
  let r = f103(l);
  return r;
}
function f108(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!(r >= 0)) return FAIL;
  if (!(r <= 1000)) return FAIL;
  return r;
}
function f107(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f108(l);
  return r;
}
function f106(v) {
  let r = v === null ? null : f107(v);
  return r;
}
function f105(v) {
  let r = v === undefined ? undefined : f106(v);
  return r;
}
function f109(v) {
  let r = R[46](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f104(v) {
  const l = f105(v);
  if (l === FAIL) return FAIL;
  let r = f109(l);
  return r;
}
function f113(v) {
  let r = R[47](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f110(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f113(l);
  return r;
}
function f117(v) {
  let r = R[48](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f114(v) {
  const l = f105(v);
  if (l === FAIL) return FAIL;
  let r = f117(l);
  return r;
}
function f118(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[49].defaultValue;
  return r;
}
function f122(v) {
  let r = R[50](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f119(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f122(l);
  return r;
}
function f127(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  return r;
}
function f126(v) {
  if (!Array.isArray(v)) return FAIL;
  let r = v;
  for (let i = 0; i < v.length; i++) { const e = f127(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  return r;
}
function f125(v) {
  let r = FAIL;
  if (r === FAIL) r = f126(v);
  if (r === FAIL) r = f127(v);
  return r;
}
function f129(v) {
  let r = R[52](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f124(v) {
  const l = f125(v);
  if (l === FAIL) return FAIL;
  let r = f129(l);
  return r;
}
function f123(v) {
  let r = v === undefined ? undefined : f124(v);
  if (r === undefined) r = R[51].defaultValue;
  return r;
}
function f133(v) {
  let r = R[53](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f130(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f133(l);
  return r;
}
function f137(v) {
  let r = R[54](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f134(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f137(l);
  return r;
}
function f141(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[55](r);
  if (r === FAIL) return FAIL;
  return r;
}
function f140(v) {
  let r = v === null ? null : f141(v);
  return r;
}
function f139(v) {
  let r = v === undefined ? undefined : f140(v);
  return r;
}
function f142(v) {
  let r = R[56](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f138(v) {
  const l = f139(v);
  if (l === FAIL) return FAIL;
  let r = f142(l);
  return r;
}
function f146(v) {
  let r = R[57](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f143(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f146(l);
  return r;
}
function f147(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[58].defaultValue;
  return r;
}
function f150(v) {
  let r = v === null ? null : f127(v);
  return r;
}
function f149(v) {
  let r = v === undefined ? undefined : f150(v);
  return r;
}
function f152(v) {
  let r = R[59](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f148(v) {
  const l = f149(v);
  if (l === FAIL) return FAIL;
  let r = f152(l);
  return r;
}
function f158(v) {
  let r = R[60](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f153(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f158(l);
  return r;
}
function f161(v) {
  let r = R[62](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f164(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(3);
  for (const k in v) { const i = R[63].get(k); if (i !== undefined) x[i] = v[k]; }
  const r0v = x[0] !== undefined ? x[0] : v["name"];
  const r0 = f28(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "name" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["population"];
  const r1 = f39(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "population" in v)) return FAIL;
  const r2v = x[2] !== undefined ? x[2] : v["km"];
  const r2 = f107(r2v);
  if (r2 === FAIL || !(r2v !== undefined || "km" in v)) return FAIL;
  let r = { "name": r0, "population": r1, "km": r2 };
  return r;
}
function f163(v) {
  let r = f164(v);
  return r;
}
function f162(v) {
  if (!Array.isArray(v)) return FAIL;
  let r = v;
  for (let i = 0; i < v.length; i++) { const e = f163(v[i]); if (e === FAIL) return FAIL; if (e !== v[i]) { if (r === v) r = v.slice(); r[i] = e; } }
  return r;
}
function f160(v) {
  const l = f161(v);
  if (l === FAIL) return FAIL;
  let r = f162(l);
  return r;
}
function f159(v) {
  let r = v === undefined ? undefined : f160(v);
  if (r === undefined) r = R[61].defaultValue;
  return r;
}
function f171(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!(r > 0)) return FAIL;
  return r;
}
function f170(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f171(l);
  return r;
}
function f169(v) {
  let r = v === null ? null : f170(v);
  return r;
}
function f168(v) {
  let r = v === undefined ? undefined : f169(v);
  return r;
}
function f172(v) {
  let r = R[64](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f167(v) {
  const l = f168(v);
  if (l === FAIL) return FAIL;
  let r = f172(l);
  return r;
}
function f176(v) {
  let r = R[65](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f173(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f176(l);
  return r;
}
function f180(v) {
  let r = R[66](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f177(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f180(l);
  return r;
}
function f181(v) {
  if (!(R[67].has(v))) return FAIL;
  let r = v;
  return r;
}
function f182(v) {
  if (!(R[68].has(v))) return FAIL;
  let r = v;
  return r;
}
function f183(v) {
  if (!(R[69].has(v))) return FAIL;
  let r = v;
  return r;
}
function f184(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[70].defaultValue;
  return r;
}
function f26(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(49);
  for (const k in v) { const i = R[14].get(k); if (i !== undefined) x[i] = v[k]; }
  const omitted = [];
  const r0v = x[0] !== undefined ? x[0] : v["kind"];
  const r0 = f27(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "kind" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["name"];
  const r1 = f28(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "name" in v)) return FAIL;
  const r2v = x[2] !== undefined ? x[2] : v["park"];
  const r2 = f29(r2v);
  if (r2 === FAIL) return FAIL;
  else if (r2 === undefined && !(r2v !== undefined || "park" in v)) omitted.push("park");
  const r3v = x[3] !== undefined ? x[3] : v["municipality"];
  const r3 = f28(r3v);
  if (r3 === FAIL || !(r3v !== undefined || "municipality" in v)) return FAIL;
  const r4v = x[4] !== undefined ? x[4] : v["ags"];
  const r4 = f33(r4v);
  if (r4 === FAIL) return FAIL;
  else if (r4 === undefined && !(r4v !== undefined || "ags" in v)) omitted.push("ags");
  const r5v = x[5] !== undefined ? x[5] : v["district"];
  const r5 = f28(r5v);
  if (r5 === FAIL || !(r5v !== undefined || "district" in v)) return FAIL;
  const r6v = x[6] !== undefined ? x[6] : v["state"];
  const r6 = f38(r6v);
  if (r6 === FAIL || !(r6v !== undefined || "state" in v)) return FAIL;
  const r7v = x[7] !== undefined ? x[7] : v["area_m2"];
  const r7 = f39(r7v);
  if (r7 === FAIL || !(r7v !== undefined || "area_m2" in v)) return FAIL;
  const r8v = x[8] !== undefined ? x[8] : v["total_area_m2"];
  const r8 = f46(r8v);
  if (r8 === FAIL) return FAIL;
  else if (r8 === undefined && !(r8v !== undefined || "total_area_m2" in v)) omitted.push("total_area_m2");
  const r9v = x[9] !== undefined ? x[9] : v["price_eur_m2"];
  const r9 = f50(r9v);
  if (r9 === FAIL) return FAIL;
  else if (r9 === undefined && !(r9v !== undefined || "price_eur_m2" in v)) omitted.push("price_eur_m2");
  const r10v = x[10] !== undefined ? x[10] : v["price_on_request"];
  const r10 = f56(r10v);
  if (r10 === FAIL) return FAIL;
  const r11v = x[11] !== undefined ? x[11] : v["rent_eur_m2_month"];
  const r11 = f68(r11v);
  if (r11 === FAIL) return FAIL;
  else if (r11 === undefined && !(r11v !== undefined || "rent_eur_m2_month" in v)) omitted.push("rent_eur_m2_month");
  const r12v = x[12] !== undefined ? x[12] : v["available_from"];
  const r12 = f72(r12v);
  if (r12 === FAIL) return FAIL;
  else if (r12 === undefined && !(r12v !== undefined || "available_from" in v)) omitted.push("available_from");
  const r13v = x[13] !== undefined ? x[13] : v["status"];
  const r13 = f81(r13v);
  if (r13 === FAIL) return FAIL;
  const r14v = x[14] !== undefined ? x[14] : v["data_as_of"];
  const r14 = f75(r14v);
  if (r14 === FAIL || !(r14v !== undefined || "data_as_of" in v)) return FAIL;
  const r15v = x[15] !== undefined ? x[15] : v["listed_since"];
  const r15 = f83(r15v);
  if (r15 === FAIL) return FAIL;
  else if (r15 === undefined && !(r15v !== undefined || "listed_since" in v)) omitted.push("listed_since");
  const r16v = x[16] !== undefined ? x[16] : v["lat"];
  const r16 = f87(r16v);
  if (r16 === FAIL || !(r16v !== undefined || "lat" in v)) return FAIL;
  const r17v = x[17] !== undefined ? x[17] : v["lon"];
  const r17 = f89(r17v);
  if (r17 === FAIL || !(r17v !== undefined || "lon" in v)) return FAIL;
  const r18v = x[18] !== undefined ? x[18] : v["park_area_m2"];
  const r18 = f91(r18v);
  if (r18 === FAIL) return FAIL;
  else if (r18 === undefined && !(r18v !== undefined || "park_area_m2" in v)) omitted.push("park_area_m2");
  const r19v = x[19] !== undefined ? x[19] : v["junction_name"];
  const r19 = f95(r19v);
  if (r19 === FAIL) return FAIL;
  else if (r19 === undefined && !(r19v !== undefined || "junction_name" in v)) omitted.push("junction_name");
  const r20v = x[20] !== undefined ? x[20] : v["junction_autobahn"];
  const r20 = f99(r20v);
  if (r20 === FAIL) return FAIL;
  else if (r20 === undefined && !(r20v !== undefined || "junction_autobahn" in v)) omitted.push("junction_autobahn");
  const r21v = x[21] !== undefined ? x[21] : v["junction_km"];
  const r21 = f104(r21v);
  if (r21 === FAIL) return FAIL;
  else if (r21 === undefined && !(r21v !== undefined || "junction_km" in v)) omitted.push("junction_km");
  const r22v = x[22] !== undefined ? x[22] : v["airport_name"];
  const r22 = f110(r22v);
  if (r22 === FAIL) return FAIL;
  else if (r22 === undefined && !(r22v !== undefined || "airport_name" in v)) omitted.push("airport_name");
  const r23v = x[23] !== undefined ? x[23] : v["airport_km"];
  const r23 = f114(r23v);
  if (r23 === FAIL) return FAIL;
  else if (r23 === undefined && !(r23v !== undefined || "airport_km" in v)) omitted.push("airport_km");
  const r24v = x[24] !== undefined ? x[24] : v["rail_siding"];
  const r24 = f118(r24v);
  if (r24 === FAIL) return FAIL;
  const r25v = x[25] !== undefined ? x[25] : v["power_mva"];
  const r25 = f119(r25v);
  if (r25 === FAIL) return FAIL;
  else if (r25 === undefined && !(r25v !== undefined || "power_mva" in v)) omitted.push("power_mva");
  const r26v = x[26] !== undefined ? x[26] : v["sector_tags"];
  const r26 = f123(r26v);
  if (r26 === FAIL) return FAIL;
  const r27v = x[27] !== undefined ? x[27] : v["contact_org"];
  const r27 = f130(r27v);
  if (r27 === FAIL) return FAIL;
  else if (r27 === undefined && !(r27v !== undefined || "contact_org" in v)) omitted.push("contact_org");
  const r28v = x[28] !== undefined ? x[28] : v["contact_role"];
  const r28 = f134(r28v);
  if (r28 === FAIL) return FAIL;
  else if (r28 === undefined && !(r28v !== undefined || "contact_role" in v)) omitted.push("contact_role");
  const r29v = x[29] !== undefined ? x[29] : v["contact_email"];
  const r29 = f138(r29v);
  if (r29 === FAIL) return FAIL;
  else if (r29 === undefined && !(r29v !== undefined || "contact_email" in v)) omitted.push("contact_email");
  const r30v = x[30] !== undefined ? x[30] : v["contact_phone"];
  const r30 = f143(r30v);
  if (r30 === FAIL) return FAIL;
  else if (r30 === undefined && !(r30v !== undefined || "contact_phone" in v)) omitted.push("contact_phone");
  const r31v = x[31] !== undefined ? x[31] : v["source"];
  const r31 = f28(r31v);
  if (r31 === FAIL || !(r31v !== undefined || "source" in v)) return FAIL;
  const r32v = x[32] !== undefined ? x[32] : v["position_approximate"];
  const r32 = f147(r32v);
  if (r32 === FAIL) return FAIL;
  const r33v = x[33] !== undefined ? x[33] : v["name_en"];
  const r33 = f148(r33v);
  if (r33 === FAIL) return FAIL;
  else if (r33 === undefined && !(r33v !== undefined || "name_en" in v)) omitted.push("name_en");
  const r34v = x[34] !== undefined ? x[34] : v["park_en"];
  const r34 = f148(r34v);
  if (r34 === FAIL) return FAIL;
  else if (r34 === undefined && !(r34v !== undefined || "park_en" in v)) omitted.push("park_en");
  const r35v = x[35] !== undefined ? x[35] : v["contact_org_en"];
  const r35 = f148(r35v);
  if (r35 === FAIL) return FAIL;
  else if (r35 === undefined && !(r35v !== undefined || "contact_org_en" in v)) omitted.push("contact_org_en");
  const r36v = x[36] !== undefined ? x[36] : v["contact_role_en"];
  const r36 = f148(r36v);
  if (r36 === FAIL) return FAIL;
  else if (r36 === undefined && !(r36v !== undefined || "contact_role_en" in v)) omitted.push("contact_role_en");
  const r37v = x[37] !== undefined ? x[37] : v["source_en"];
  const r37 = f148(r37v);
  if (r37 === FAIL) return FAIL;
  else if (r37 === undefined && !(r37v !== undefined || "source_en" in v)) omitted.push("source_en");
  const r38v = x[38] !== undefined ? x[38] : v["pop_30km"];
  const r38 = f153(r38v);
  if (r38 === FAIL) return FAIL;
  else if (r38 === undefined && !(r38v !== undefined || "pop_30km" in v)) omitted.push("pop_30km");
  const r39v = x[39] !== undefined ? x[39] : v["pop_60km"];
  const r39 = f153(r39v);
  if (r39 === FAIL) return FAIL;
  else if (r39 === undefined && !(r39v !== undefined || "pop_60km" in v)) omitted.push("pop_60km");
  const r40v = x[40] !== undefined ? x[40] : v["nearest_towns"];
  const r40 = f159(r40v);
  if (r40 === FAIL) return FAIL;
  const r41v = x[41] !== undefined ? x[41] : v["district_population"];
  const r41 = f153(r41v);
  if (r41 === FAIL) return FAIL;
  else if (r41 === undefined && !(r41v !== undefined || "district_population" in v)) omitted.push("district_population");
  const r42v = x[42] !== undefined ? x[42] : v["district_area_km2"];
  const r42 = f167(r42v);
  if (r42 === FAIL) return FAIL;
  else if (r42 === undefined && !(r42v !== undefined || "district_area_km2" in v)) omitted.push("district_area_km2");
  const r43v = x[43] !== undefined ? x[43] : v["largest_contiguous_m2"];
  const r43 = f173(r43v);
  if (r43 === FAIL) return FAIL;
  else if (r43 === undefined && !(r43v !== undefined || "largest_contiguous_m2" in v)) omitted.push("largest_contiguous_m2");
  const r44v = x[44] !== undefined ? x[44] : v["divisible_from_m2"];
  const r44 = f177(r44v);
  if (r44 === FAIL) return FAIL;
  else if (r44 === undefined && !(r44v !== undefined || "divisible_from_m2" in v)) omitted.push("divisible_from_m2");
  const r45v = x[45] !== undefined ? x[45] : v["zoning"];
  const r45 = f181(r45v);
  if (r45 === FAIL || !(r45v !== undefined || "zoning" in v)) return FAIL;
  const r46v = x[46] !== undefined ? x[46] : v["planning_status"];
  const r46 = f182(r46v);
  if (r46 === FAIL || !(r46v !== undefined || "planning_status" in v)) return FAIL;
  const r47v = x[47] !== undefined ? x[47] : v["development_status"];
  const r47 = f183(r47v);
  if (r47 === FAIL || !(r47v !== undefined || "development_status" in v)) return FAIL;
  const r48v = x[48] !== undefined ? x[48] : v["operation_24h"];
  const r48 = f184(r48v);
  if (r48 === FAIL) return FAIL;
  let r = { "kind": r0, "name": r1, "park": r2, "municipality": r3, "ags": r4, "district": r5, "state": r6, "area_m2": r7, "total_area_m2": r8, "price_eur_m2": r9, "price_on_request": r10, "rent_eur_m2_month": r11, "available_from": r12, "status": r13, "data_as_of": r14, "listed_since": r15, "lat": r16, "lon": r17, "park_area_m2": r18, "junction_name": r19, "junction_autobahn": r20, "junction_km": r21, "airport_name": r22, "airport_km": r23, "rail_siding": r24, "power_mva": r25, "sector_tags": r26, "contact_org": r27, "contact_role": r28, "contact_email": r29, "contact_phone": r30, "source": r31, "position_approximate": r32, "name_en": r33, "park_en": r34, "contact_org_en": r35, "contact_role_en": r36, "source_en": r37, "pop_30km": r38, "pop_60km": r39, "nearest_towns": r40, "district_population": r41, "district_area_km2": r42, "largest_contiguous_m2": r43, "divisible_from_m2": r44, "zoning": r45, "planning_status": r46, "development_status": r47, "operation_24h": r48 };
  for (const k of omitted) delete r[k];
  return r;
}
function f25(v) {
  let r = f26(v);
  return r;
}
function f1(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(4);
  for (const k in v) { const i = R[1].get(k); if (i !== undefined) x[i] = v[k]; }
  const r0v = x[0] !== undefined ? x[0] : v["type"];
  const r0 = f2(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "type" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["id"];
  const r1 = f3(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "id" in v)) return FAIL;
  const r2v = x[2] !== undefined ? x[2] : v["geometry"];
  const r2 = f9(r2v);
  if (r2 === FAIL || !(r2v !== undefined || "geometry" in v)) return FAIL;
  const r3v = x[3] !== undefined ? x[3] : v["properties"];
  const r3 = f25(r3v);
  if (r3 === FAIL || !(r3v !== undefined || "properties" in v)) return FAIL;
  let r = { "type": r0, "id": r1, "geometry": r2, "properties": r3 };
  return r;
}
function f0(v) {
  let r = f1(v);
  return r;
}
function f187(v) {
  if (!(R[72].has(v))) return FAIL;
  let r = v;
  return r;
}
function f191(v) {
  if (!(R[74].has(v))) return FAIL;
  let r = v;
  return r;
}
function f190(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(2);
  for (const k in v) { const i = R[73].get(k); if (i !== undefined) x[i] = v[k]; }
  const r0v = x[0] !== undefined ? x[0] : v["type"];
  const r0 = f191(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "type" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["coordinates"];
  const r1 = f15(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "coordinates" in v)) return FAIL;
  let r = { "type": r0, "coordinates": r1 };
  return r;
}
function f189(v) {
  let r = f190(v);
  return r;
}
function f188(v) {
  let r = FAIL;
  if (r === FAIL) r = f189(v);
  if (r === FAIL) r = f9(v);
  return r;
}
function f194(v) {
  if (!(R[76].has(v))) return FAIL;
  let r = v;
  return r;
}
function f198(v) {
  let r = R[77](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f195(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f198(l);
  return r;
}
function f202(v) {
  let r = R[78](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f199(v) {
  const l = f34(v);
  if (l === FAIL) return FAIL;
  let r = f202(l);
  return r;
}
function f206(v) {
  let r = R[79](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f203(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f206(l);
  return r;
}
function f210(v) {
  let r = R[80](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f207(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f210(l);
  return r;
}
function f211(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[81].defaultValue;
  return r;
}
function f215(v) {
  let r = R[82](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f212(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f215(l);
  return r;
}
function f219(v) {
  let r = R[83](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f216(v) {
  const l = f73(v);
  if (l === FAIL) return FAIL;
  let r = f219(l);
  return r;
}
function f221(v) {
  if (!(R[85].has(v))) return FAIL;
  let r = v;
  return r;
}
function f220(v) {
  let r = v === undefined ? undefined : f221(v);
  if (r === undefined) r = R[84].defaultValue;
  return r;
}
function f225(v) {
  let r = R[86](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f222(v) {
  const l = f73(v);
  if (l === FAIL) return FAIL;
  let r = f225(l);
  return r;
}
function f233(v) {
  let r = R[87](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f230(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f233(l);
  return r;
}
function f237(v) {
  let r = R[88](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f234(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f237(l);
  return r;
}
function f241(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[89](r);
  if (r === FAIL) return FAIL;
  return r;
}
function f240(v) {
  let r = v === null ? null : f241(v);
  return r;
}
function f239(v) {
  let r = v === undefined ? undefined : f240(v);
  return r;
}
function f242(v) {
  let r = R[90](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f238(v) {
  const l = f239(v);
  if (l === FAIL) return FAIL;
  let r = f242(l);
  return r;
}
function f246(v) {
  let r = R[91](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f243(v) {
  const l = f105(v);
  if (l === FAIL) return FAIL;
  let r = f246(l);
  return r;
}
function f250(v) {
  let r = R[92](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f247(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f250(l);
  return r;
}
function f254(v) {
  let r = R[93](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f251(v) {
  const l = f105(v);
  if (l === FAIL) return FAIL;
  let r = f254(l);
  return r;
}
function f255(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[94].defaultValue;
  return r;
}
function f259(v) {
  let r = R[95](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f256(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f259(l);
  return r;
}
function f260(v) {
  let r = v === undefined ? undefined : f124(v);
  if (r === undefined) r = R[96].defaultValue;
  return r;
}
function f264(v) {
  let r = R[97](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f261(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f264(l);
  return r;
}
function f268(v) {
  let r = R[98](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f265(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f268(l);
  return r;
}
function f272(v) {
  if (!(typeof v === 'string')) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  r = R[99](r);
  if (r === FAIL) return FAIL;
  return r;
}
function f271(v) {
  let r = v === null ? null : f272(v);
  return r;
}
function f270(v) {
  let r = v === undefined ? undefined : f271(v);
  return r;
}
function f273(v) {
  let r = R[100](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f269(v) {
  const l = f270(v);
  if (l === FAIL) return FAIL;
  let r = f273(l);
  return r;
}
function f277(v) {
  let r = R[101](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f274(v) {
  const l = f30(v);
  if (l === FAIL) return FAIL;
  let r = f277(l);
  return r;
}
function f278(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[102].defaultValue;
  return r;
}
function f284(v) {
  let r = R[103](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f279(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f284(l);
  return r;
}
function f287(v) {
  let r = R[105](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f286(v) {
  const l = f287(v);
  if (l === FAIL) return FAIL;
  let r = f162(l);
  return r;
}
function f285(v) {
  let r = v === undefined ? undefined : f286(v);
  if (r === undefined) r = R[104].defaultValue;
  return r;
}
function f294(v) {
  let r = R[106](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f289(v) {
  const l = f168(v);
  if (l === FAIL) return FAIL;
  let r = f294(l);
  return r;
}
function f298(v) {
  let r = R[107](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f295(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f298(l);
  return r;
}
function f302(v) {
  let r = R[108](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f299(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f302(l);
  return r;
}
function f307(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!(r >= 0)) return FAIL;
  if (!(r <= 60)) return FAIL;
  return r;
}
function f306(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f307(l);
  return r;
}
function f305(v) {
  let r = v === null ? null : f306(v);
  return r;
}
function f304(v) {
  let r = v === undefined ? undefined : f305(v);
  return r;
}
function f308(v) {
  let r = R[109](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f303(v) {
  const l = f304(v);
  if (l === FAIL) return FAIL;
  let r = f308(l);
  return r;
}
function f313(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!(r >= 0)) return FAIL;
  if (!(r <= 100)) return FAIL;
  return r;
}
function f312(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f313(l);
  return r;
}
function f311(v) {
  let r = v === null ? null : f312(v);
  return r;
}
function f310(v) {
  let r = v === undefined ? undefined : f311(v);
  return r;
}
function f314(v) {
  let r = R[110](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f309(v) {
  const l = f310(v);
  if (l === FAIL) return FAIL;
  let r = f314(l);
  return r;
}
function f320(v) {
  let r = R[111](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f315(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f320(l);
  return r;
}
function f326(v) {
  let r = R[112](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f321(v) {
  const l = f47(v);
  if (l === FAIL) return FAIL;
  let r = f326(l);
  return r;
}
function f332(v) {
  let r = R[113](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f327(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f332(l);
  return r;
}
function f333(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[114].defaultValue;
  return r;
}
function f334(v) {
  let r = v === undefined ? undefined : f57(v);
  if (r === undefined) r = R[115].defaultValue;
  return r;
}
function f335(v) {
  if (!(R[116].has(v))) return FAIL;
  let r = v;
  return r;
}
function f339(v) {
  let r = R[117](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f336(v) {
  const l = f51(v);
  if (l === FAIL) return FAIL;
  let r = f339(l);
  return r;
}
function f344(v) {
  if (!(typeof v === 'number' && Number.isFinite(v))) return FAIL;
  let r = v;
  if (r === FAIL) return FAIL;
  if (!Number.isSafeInteger(r)) return FAIL;
  if (!(r >= 1800)) return FAIL;
  if (!(r <= 2100)) return FAIL;
  return r;
}
function f343(v) {
  const l = f40(v);
  if (l === FAIL) return FAIL;
  let r = f344(l);
  return r;
}
function f342(v) {
  let r = v === null ? null : f343(v);
  return r;
}
function f341(v) {
  let r = v === undefined ? undefined : f342(v);
  return r;
}
function f345(v) {
  let r = R[118](v);
  if (r instanceof Promise) return FAIL;
  return r;
}
function f340(v) {
  const l = f341(v);
  if (l === FAIL) return FAIL;
  let r = f345(l);
  return r;
}
function f193(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(55);
  for (const k in v) { const i = R[75].get(k); if (i !== undefined) x[i] = v[k]; }
  const omitted = [];
  const r0v = x[0] !== undefined ? x[0] : v["kind"];
  const r0 = f194(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "kind" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["name"];
  const r1 = f28(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "name" in v)) return FAIL;
  const r2v = x[2] !== undefined ? x[2] : v["park"];
  const r2 = f195(r2v);
  if (r2 === FAIL) return FAIL;
  else if (r2 === undefined && !(r2v !== undefined || "park" in v)) omitted.push("park");
  const r3v = x[3] !== undefined ? x[3] : v["municipality"];
  const r3 = f28(r3v);
  if (r3 === FAIL || !(r3v !== undefined || "municipality" in v)) return FAIL;
  const r4v = x[4] !== undefined ? x[4] : v["ags"];
  const r4 = f199(r4v);
  if (r4 === FAIL) return FAIL;
  else if (r4 === undefined && !(r4v !== undefined || "ags" in v)) omitted.push("ags");
  const r5v = x[5] !== undefined ? x[5] : v["district"];
  const r5 = f28(r5v);
  if (r5 === FAIL || !(r5v !== undefined || "district" in v)) return FAIL;
  const r6v = x[6] !== undefined ? x[6] : v["state"];
  const r6 = f38(r6v);
  if (r6 === FAIL || !(r6v !== undefined || "state" in v)) return FAIL;
  const r7v = x[7] !== undefined ? x[7] : v["area_m2"];
  const r7 = f39(r7v);
  if (r7 === FAIL || !(r7v !== undefined || "area_m2" in v)) return FAIL;
  const r8v = x[8] !== undefined ? x[8] : v["total_area_m2"];
  const r8 = f203(r8v);
  if (r8 === FAIL) return FAIL;
  else if (r8 === undefined && !(r8v !== undefined || "total_area_m2" in v)) omitted.push("total_area_m2");
  const r9v = x[9] !== undefined ? x[9] : v["price_eur_m2"];
  const r9 = f207(r9v);
  if (r9 === FAIL) return FAIL;
  else if (r9 === undefined && !(r9v !== undefined || "price_eur_m2" in v)) omitted.push("price_eur_m2");
  const r10v = x[10] !== undefined ? x[10] : v["price_on_request"];
  const r10 = f211(r10v);
  if (r10 === FAIL) return FAIL;
  const r11v = x[11] !== undefined ? x[11] : v["rent_eur_m2_month"];
  const r11 = f212(r11v);
  if (r11 === FAIL) return FAIL;
  else if (r11 === undefined && !(r11v !== undefined || "rent_eur_m2_month" in v)) omitted.push("rent_eur_m2_month");
  const r12v = x[12] !== undefined ? x[12] : v["available_from"];
  const r12 = f216(r12v);
  if (r12 === FAIL) return FAIL;
  else if (r12 === undefined && !(r12v !== undefined || "available_from" in v)) omitted.push("available_from");
  const r13v = x[13] !== undefined ? x[13] : v["status"];
  const r13 = f220(r13v);
  if (r13 === FAIL) return FAIL;
  const r14v = x[14] !== undefined ? x[14] : v["data_as_of"];
  const r14 = f75(r14v);
  if (r14 === FAIL || !(r14v !== undefined || "data_as_of" in v)) return FAIL;
  const r15v = x[15] !== undefined ? x[15] : v["listed_since"];
  const r15 = f222(r15v);
  if (r15 === FAIL) return FAIL;
  else if (r15 === undefined && !(r15v !== undefined || "listed_since" in v)) omitted.push("listed_since");
  const r16v = x[16] !== undefined ? x[16] : v["lat"];
  const r16 = f87(r16v);
  if (r16 === FAIL || !(r16v !== undefined || "lat" in v)) return FAIL;
  const r17v = x[17] !== undefined ? x[17] : v["lon"];
  const r17 = f89(r17v);
  if (r17 === FAIL || !(r17v !== undefined || "lon" in v)) return FAIL;
  const r18v = x[18] !== undefined ? x[18] : v["park_area_m2"];
  const r18 = f230(r18v);
  if (r18 === FAIL) return FAIL;
  else if (r18 === undefined && !(r18v !== undefined || "park_area_m2" in v)) omitted.push("park_area_m2");
  const r19v = x[19] !== undefined ? x[19] : v["junction_name"];
  const r19 = f234(r19v);
  if (r19 === FAIL) return FAIL;
  else if (r19 === undefined && !(r19v !== undefined || "junction_name" in v)) omitted.push("junction_name");
  const r20v = x[20] !== undefined ? x[20] : v["junction_autobahn"];
  const r20 = f238(r20v);
  if (r20 === FAIL) return FAIL;
  else if (r20 === undefined && !(r20v !== undefined || "junction_autobahn" in v)) omitted.push("junction_autobahn");
  const r21v = x[21] !== undefined ? x[21] : v["junction_km"];
  const r21 = f243(r21v);
  if (r21 === FAIL) return FAIL;
  else if (r21 === undefined && !(r21v !== undefined || "junction_km" in v)) omitted.push("junction_km");
  const r22v = x[22] !== undefined ? x[22] : v["airport_name"];
  const r22 = f247(r22v);
  if (r22 === FAIL) return FAIL;
  else if (r22 === undefined && !(r22v !== undefined || "airport_name" in v)) omitted.push("airport_name");
  const r23v = x[23] !== undefined ? x[23] : v["airport_km"];
  const r23 = f251(r23v);
  if (r23 === FAIL) return FAIL;
  else if (r23 === undefined && !(r23v !== undefined || "airport_km" in v)) omitted.push("airport_km");
  const r24v = x[24] !== undefined ? x[24] : v["rail_siding"];
  const r24 = f255(r24v);
  if (r24 === FAIL) return FAIL;
  const r25v = x[25] !== undefined ? x[25] : v["power_mva"];
  const r25 = f256(r25v);
  if (r25 === FAIL) return FAIL;
  else if (r25 === undefined && !(r25v !== undefined || "power_mva" in v)) omitted.push("power_mva");
  const r26v = x[26] !== undefined ? x[26] : v["sector_tags"];
  const r26 = f260(r26v);
  if (r26 === FAIL) return FAIL;
  const r27v = x[27] !== undefined ? x[27] : v["contact_org"];
  const r27 = f261(r27v);
  if (r27 === FAIL) return FAIL;
  else if (r27 === undefined && !(r27v !== undefined || "contact_org" in v)) omitted.push("contact_org");
  const r28v = x[28] !== undefined ? x[28] : v["contact_role"];
  const r28 = f265(r28v);
  if (r28 === FAIL) return FAIL;
  else if (r28 === undefined && !(r28v !== undefined || "contact_role" in v)) omitted.push("contact_role");
  const r29v = x[29] !== undefined ? x[29] : v["contact_email"];
  const r29 = f269(r29v);
  if (r29 === FAIL) return FAIL;
  else if (r29 === undefined && !(r29v !== undefined || "contact_email" in v)) omitted.push("contact_email");
  const r30v = x[30] !== undefined ? x[30] : v["contact_phone"];
  const r30 = f274(r30v);
  if (r30 === FAIL) return FAIL;
  else if (r30 === undefined && !(r30v !== undefined || "contact_phone" in v)) omitted.push("contact_phone");
  const r31v = x[31] !== undefined ? x[31] : v["source"];
  const r31 = f28(r31v);
  if (r31 === FAIL || !(r31v !== undefined || "source" in v)) return FAIL;
  const r32v = x[32] !== undefined ? x[32] : v["position_approximate"];
  const r32 = f278(r32v);
  if (r32 === FAIL) return FAIL;
  const r33v = x[33] !== undefined ? x[33] : v["name_en"];
  const r33 = f148(r33v);
  if (r33 === FAIL) return FAIL;
  else if (r33 === undefined && !(r33v !== undefined || "name_en" in v)) omitted.push("name_en");
  const r34v = x[34] !== undefined ? x[34] : v["park_en"];
  const r34 = f148(r34v);
  if (r34 === FAIL) return FAIL;
  else if (r34 === undefined && !(r34v !== undefined || "park_en" in v)) omitted.push("park_en");
  const r35v = x[35] !== undefined ? x[35] : v["contact_org_en"];
  const r35 = f148(r35v);
  if (r35 === FAIL) return FAIL;
  else if (r35 === undefined && !(r35v !== undefined || "contact_org_en" in v)) omitted.push("contact_org_en");
  const r36v = x[36] !== undefined ? x[36] : v["contact_role_en"];
  const r36 = f148(r36v);
  if (r36 === FAIL) return FAIL;
  else if (r36 === undefined && !(r36v !== undefined || "contact_role_en" in v)) omitted.push("contact_role_en");
  const r37v = x[37] !== undefined ? x[37] : v["source_en"];
  const r37 = f148(r37v);
  if (r37 === FAIL) return FAIL;
  else if (r37 === undefined && !(r37v !== undefined || "source_en" in v)) omitted.push("source_en");
  const r38v = x[38] !== undefined ? x[38] : v["pop_30km"];
  const r38 = f279(r38v);
  if (r38 === FAIL) return FAIL;
  else if (r38 === undefined && !(r38v !== undefined || "pop_30km" in v)) omitted.push("pop_30km");
  const r39v = x[39] !== undefined ? x[39] : v["pop_60km"];
  const r39 = f279(r39v);
  if (r39 === FAIL) return FAIL;
  else if (r39 === undefined && !(r39v !== undefined || "pop_60km" in v)) omitted.push("pop_60km");
  const r40v = x[40] !== undefined ? x[40] : v["nearest_towns"];
  const r40 = f285(r40v);
  if (r40 === FAIL) return FAIL;
  const r41v = x[41] !== undefined ? x[41] : v["district_population"];
  const r41 = f279(r41v);
  if (r41 === FAIL) return FAIL;
  else if (r41 === undefined && !(r41v !== undefined || "district_population" in v)) omitted.push("district_population");
  const r42v = x[42] !== undefined ? x[42] : v["district_area_km2"];
  const r42 = f289(r42v);
  if (r42 === FAIL) return FAIL;
  else if (r42 === undefined && !(r42v !== undefined || "district_area_km2" in v)) omitted.push("district_area_km2");
  const r43v = x[43] !== undefined ? x[43] : v["office_area_m2"];
  const r43 = f295(r43v);
  if (r43 === FAIL) return FAIL;
  else if (r43 === undefined && !(r43v !== undefined || "office_area_m2" in v)) omitted.push("office_area_m2");
  const r44v = x[44] !== undefined ? x[44] : v["divisible_from_m2"];
  const r44 = f299(r44v);
  if (r44 === FAIL) return FAIL;
  else if (r44 === undefined && !(r44v !== undefined || "divisible_from_m2" in v)) omitted.push("divisible_from_m2");
  const r45v = x[45] !== undefined ? x[45] : v["clear_height_m"];
  const r45 = f303(r45v);
  if (r45 === FAIL) return FAIL;
  else if (r45 === undefined && !(r45v !== undefined || "clear_height_m" in v)) omitted.push("clear_height_m");
  const r46v = x[46] !== undefined ? x[46] : v["floor_load_t_m2"];
  const r46 = f309(r46v);
  if (r46 === FAIL) return FAIL;
  else if (r46 === undefined && !(r46v !== undefined || "floor_load_t_m2" in v)) omitted.push("floor_load_t_m2");
  const r47v = x[47] !== undefined ? x[47] : v["loading_docks"];
  const r47 = f315(r47v);
  if (r47 === FAIL) return FAIL;
  else if (r47 === undefined && !(r47v !== undefined || "loading_docks" in v)) omitted.push("loading_docks");
  const r48v = x[48] !== undefined ? x[48] : v["ground_level_doors"];
  const r48 = f321(r48v);
  if (r48 === FAIL) return FAIL;
  else if (r48 === undefined && !(r48v !== undefined || "ground_level_doors" in v)) omitted.push("ground_level_doors");
  const r49v = x[49] !== undefined ? x[49] : v["crane_t"];
  const r49 = f327(r49v);
  if (r49 === FAIL) return FAIL;
  else if (r49 === undefined && !(r49v !== undefined || "crane_t" in v)) omitted.push("crane_t");
  const r50v = x[50] !== undefined ? x[50] : v["heated"];
  const r50 = f333(r50v);
  if (r50 === FAIL) return FAIL;
  const r51v = x[51] !== undefined ? x[51] : v["sprinkler"];
  const r51 = f334(r51v);
  if (r51 === FAIL) return FAIL;
  const r52v = x[52] !== undefined ? x[52] : v["offer_type"];
  const r52 = f335(r52v);
  if (r52 === FAIL || !(r52v !== undefined || "offer_type" in v)) return FAIL;
  const r53v = x[53] !== undefined ? x[53] : v["sale_price_eur"];
  const r53 = f336(r53v);
  if (r53 === FAIL) return FAIL;
  else if (r53 === undefined && !(r53v !== undefined || "sale_price_eur" in v)) omitted.push("sale_price_eur");
  const r54v = x[54] !== undefined ? x[54] : v["year_built"];
  const r54 = f340(r54v);
  if (r54 === FAIL) return FAIL;
  else if (r54 === undefined && !(r54v !== undefined || "year_built" in v)) omitted.push("year_built");
  let r = { "kind": r0, "name": r1, "park": r2, "municipality": r3, "ags": r4, "district": r5, "state": r6, "area_m2": r7, "total_area_m2": r8, "price_eur_m2": r9, "price_on_request": r10, "rent_eur_m2_month": r11, "available_from": r12, "status": r13, "data_as_of": r14, "listed_since": r15, "lat": r16, "lon": r17, "park_area_m2": r18, "junction_name": r19, "junction_autobahn": r20, "junction_km": r21, "airport_name": r22, "airport_km": r23, "rail_siding": r24, "power_mva": r25, "sector_tags": r26, "contact_org": r27, "contact_role": r28, "contact_email": r29, "contact_phone": r30, "source": r31, "position_approximate": r32, "name_en": r33, "park_en": r34, "contact_org_en": r35, "contact_role_en": r36, "source_en": r37, "pop_30km": r38, "pop_60km": r39, "nearest_towns": r40, "district_population": r41, "district_area_km2": r42, "office_area_m2": r43, "divisible_from_m2": r44, "clear_height_m": r45, "floor_load_t_m2": r46, "loading_docks": r47, "ground_level_doors": r48, "crane_t": r49, "heated": r50, "sprinkler": r51, "offer_type": r52, "sale_price_eur": r53, "year_built": r54 };
  for (const k of omitted) delete r[k];
  return r;
}
function f192(v) {
  let r = f193(v);
  return r;
}
function f186(v) {
  if (!(typeof v === 'object' && v !== null && !Array.isArray(v))) return FAIL;
  const x = new Array(4);
  for (const k in v) { const i = R[71].get(k); if (i !== undefined) x[i] = v[k]; }
  const r0v = x[0] !== undefined ? x[0] : v["type"];
  const r0 = f187(r0v);
  if (r0 === FAIL || !(r0v !== undefined || "type" in v)) return FAIL;
  const r1v = x[1] !== undefined ? x[1] : v["id"];
  const r1 = f3(r1v);
  if (r1 === FAIL || !(r1v !== undefined || "id" in v)) return FAIL;
  const r2v = x[2] !== undefined ? x[2] : v["geometry"];
  const r2 = f188(r2v);
  if (r2 === FAIL || !(r2v !== undefined || "geometry" in v)) return FAIL;
  const r3v = x[3] !== undefined ? x[3] : v["properties"];
  const r3 = f192(r3v);
  if (r3 === FAIL || !(r3v !== undefined || "properties" in v)) return FAIL;
  let r = { "type": r0, "id": r1, "geometry": r2, "properties": r3 };
  return r;
}
function f185(v) {
  let r = f186(v);
  return r;
}
function c248(C, i) {
  const omitted = [];
  const r0v = C[0][i];
  const r0 = f27(r0v);
  if (r0 === FAIL || !(r0v !== undefined)) return FAIL;
  const r1v = C[1][i];
  const r1 = f28(r1v);
  if (r1 === FAIL || !(r1v !== undefined)) return FAIL;
  const r2v = C[2][i];
  const r2 = f29(r2v);
  if (r2 === FAIL) return FAIL;
  else if (r2 === undefined && !(r2v !== undefined)) omitted.push("park");
  const r3v = C[3][i];
  const r3 = f28(r3v);
  if (r3 === FAIL || !(r3v !== undefined)) return FAIL;
  const r4v = C[4][i];
  const r4 = f33(r4v);
  if (r4 === FAIL) return FAIL;
  else if (r4 === undefined && !(r4v !== undefined)) omitted.push("ags");
  const r5v = C[5][i];
  const r5 = f28(r5v);
  if (r5 === FAIL || !(r5v !== undefined)) return FAIL;
  const r6v = C[6][i];
  const r6 = f38(r6v);
  if (r6 === FAIL || !(r6v !== undefined)) return FAIL;
  const r7v = C[7][i];
  const r7 = f39(r7v);
  if (r7 === FAIL || !(r7v !== undefined)) return FAIL;
  const r8v = C[8][i];
  const r8 = f46(r8v);
  if (r8 === FAIL) return FAIL;
  else if (r8 === undefined && !(r8v !== undefined)) omitted.push("total_area_m2");
  const r9v = C[9][i];
  const r9 = f50(r9v);
  if (r9 === FAIL) return FAIL;
  else if (r9 === undefined && !(r9v !== undefined)) omitted.push("price_eur_m2");
  const r10v = C[10][i];
  const r10 = f56(r10v);
  if (r10 === FAIL) return FAIL;
  const r11v = C[11][i];
  const r11 = f68(r11v);
  if (r11 === FAIL) return FAIL;
  else if (r11 === undefined && !(r11v !== undefined)) omitted.push("rent_eur_m2_month");
  const r12v = C[12][i];
  const r12 = f72(r12v);
  if (r12 === FAIL) return FAIL;
  else if (r12 === undefined && !(r12v !== undefined)) omitted.push("available_from");
  const r13v = C[13][i];
  const r13 = f81(r13v);
  if (r13 === FAIL) return FAIL;
  const r14v = C[14][i];
  const r14 = f75(r14v);
  if (r14 === FAIL || !(r14v !== undefined)) return FAIL;
  const r15v = C[15][i];
  const r15 = f83(r15v);
  if (r15 === FAIL) return FAIL;
  else if (r15 === undefined && !(r15v !== undefined)) omitted.push("listed_since");
  const r16v = C[16][i];
  const r16 = f87(r16v);
  if (r16 === FAIL || !(r16v !== undefined)) return FAIL;
  const r17v = C[17][i];
  const r17 = f89(r17v);
  if (r17 === FAIL || !(r17v !== undefined)) return FAIL;
  const r18v = C[18][i];
  const r18 = f91(r18v);
  if (r18 === FAIL) return FAIL;
  else if (r18 === undefined && !(r18v !== undefined)) omitted.push("park_area_m2");
  const r19v = C[19][i];
  const r19 = f95(r19v);
  if (r19 === FAIL) return FAIL;
  else if (r19 === undefined && !(r19v !== undefined)) omitted.push("junction_name");
  const r20v = C[20][i];
  const r20 = f99(r20v);
  if (r20 === FAIL) return FAIL;
  else if (r20 === undefined && !(r20v !== undefined)) omitted.push("junction_autobahn");
  const r21v = C[21][i];
  const r21 = f104(r21v);
  if (r21 === FAIL) return FAIL;
  else if (r21 === undefined && !(r21v !== undefined)) omitted.push("junction_km");
  const r22v = C[22][i];
  const r22 = f110(r22v);
  if (r22 === FAIL) return FAIL;
  else if (r22 === undefined && !(r22v !== undefined)) omitted.push("airport_name");
  const r23v = C[23][i];
  const r23 = f114(r23v);
  if (r23 === FAIL) return FAIL;
  else if (r23 === undefined && !(r23v !== undefined)) omitted.push("airport_km");
  const r24v = C[24][i];
  const r24 = f118(r24v);
  if (r24 === FAIL) return FAIL;
  const r25v = C[25][i];
  const r25 = f119(r25v);
  if (r25 === FAIL) return FAIL;
  else if (r25 === undefined && !(r25v !== undefined)) omitted.push("power_mva");
  const r26v = C[26][i];
  const r26 = f123(r26v);
  if (r26 === FAIL) return FAIL;
  const r27v = C[27][i];
  const r27 = f130(r27v);
  if (r27 === FAIL) return FAIL;
  else if (r27 === undefined && !(r27v !== undefined)) omitted.push("contact_org");
  const r28v = C[28][i];
  const r28 = f134(r28v);
  if (r28 === FAIL) return FAIL;
  else if (r28 === undefined && !(r28v !== undefined)) omitted.push("contact_role");
  const r29v = C[29][i];
  const r29 = f138(r29v);
  if (r29 === FAIL) return FAIL;
  else if (r29 === undefined && !(r29v !== undefined)) omitted.push("contact_email");
  const r30v = C[30][i];
  const r30 = f143(r30v);
  if (r30 === FAIL) return FAIL;
  else if (r30 === undefined && !(r30v !== undefined)) omitted.push("contact_phone");
  const r31v = C[31][i];
  const r31 = f28(r31v);
  if (r31 === FAIL || !(r31v !== undefined)) return FAIL;
  const r32v = C[32][i];
  const r32 = f147(r32v);
  if (r32 === FAIL) return FAIL;
  const r33v = C[33][i];
  const r33 = f148(r33v);
  if (r33 === FAIL) return FAIL;
  else if (r33 === undefined && !(r33v !== undefined)) omitted.push("name_en");
  const r34v = C[34][i];
  const r34 = f148(r34v);
  if (r34 === FAIL) return FAIL;
  else if (r34 === undefined && !(r34v !== undefined)) omitted.push("park_en");
  const r35v = C[35][i];
  const r35 = f148(r35v);
  if (r35 === FAIL) return FAIL;
  else if (r35 === undefined && !(r35v !== undefined)) omitted.push("contact_org_en");
  const r36v = C[36][i];
  const r36 = f148(r36v);
  if (r36 === FAIL) return FAIL;
  else if (r36 === undefined && !(r36v !== undefined)) omitted.push("contact_role_en");
  const r37v = C[37][i];
  const r37 = f148(r37v);
  if (r37 === FAIL) return FAIL;
  else if (r37 === undefined && !(r37v !== undefined)) omitted.push("source_en");
  const r38v = C[38][i];
  const r38 = f153(r38v);
  if (r38 === FAIL) return FAIL;
  else if (r38 === undefined && !(r38v !== undefined)) omitted.push("pop_30km");
  const r39v = C[39][i];
  const r39 = f153(r39v);
  if (r39 === FAIL) return FAIL;
  else if (r39 === undefined && !(r39v !== undefined)) omitted.push("pop_60km");
  const r40v = C[40][i];
  const r40 = f159(r40v);
  if (r40 === FAIL) return FAIL;
  const r41v = C[41][i];
  const r41 = f153(r41v);
  if (r41 === FAIL) return FAIL;
  else if (r41 === undefined && !(r41v !== undefined)) omitted.push("district_population");
  const r42v = C[42][i];
  const r42 = f167(r42v);
  if (r42 === FAIL) return FAIL;
  else if (r42 === undefined && !(r42v !== undefined)) omitted.push("district_area_km2");
  const r43v = C[43][i];
  const r43 = f173(r43v);
  if (r43 === FAIL) return FAIL;
  else if (r43 === undefined && !(r43v !== undefined)) omitted.push("largest_contiguous_m2");
  const r44v = C[44][i];
  const r44 = f177(r44v);
  if (r44 === FAIL) return FAIL;
  else if (r44 === undefined && !(r44v !== undefined)) omitted.push("divisible_from_m2");
  const r45v = C[45][i];
  const r45 = f181(r45v);
  if (r45 === FAIL || !(r45v !== undefined)) return FAIL;
  const r46v = C[46][i];
  const r46 = f182(r46v);
  if (r46 === FAIL || !(r46v !== undefined)) return FAIL;
  const r47v = C[47][i];
  const r47 = f183(r47v);
  if (r47 === FAIL || !(r47v !== undefined)) return FAIL;
  const r48v = C[48][i];
  const r48 = f184(r48v);
  if (r48 === FAIL) return FAIL;
  let r = { "kind": r0, "name": r1, "park": r2, "municipality": r3, "ags": r4, "district": r5, "state": r6, "area_m2": r7, "total_area_m2": r8, "price_eur_m2": r9, "price_on_request": r10, "rent_eur_m2_month": r11, "available_from": r12, "status": r13, "data_as_of": r14, "listed_since": r15, "lat": r16, "lon": r17, "park_area_m2": r18, "junction_name": r19, "junction_autobahn": r20, "junction_km": r21, "airport_name": r22, "airport_km": r23, "rail_siding": r24, "power_mva": r25, "sector_tags": r26, "contact_org": r27, "contact_role": r28, "contact_email": r29, "contact_phone": r30, "source": r31, "position_approximate": r32, "name_en": r33, "park_en": r34, "contact_org_en": r35, "contact_role_en": r36, "source_en": r37, "pop_30km": r38, "pop_60km": r39, "nearest_towns": r40, "district_population": r41, "district_area_km2": r42, "largest_contiguous_m2": r43, "divisible_from_m2": r44, "zoning": r45, "planning_status": r46, "development_status": r47, "operation_24h": r48 };
  for (const k of omitted) delete r[k];
  return r;
}
function c249(C, i) {
  const omitted = [];
  const r0v = C[0][i];
  const r0 = f194(r0v);
  if (r0 === FAIL || !(r0v !== undefined)) return FAIL;
  const r1v = C[1][i];
  const r1 = f28(r1v);
  if (r1 === FAIL || !(r1v !== undefined)) return FAIL;
  const r2v = C[2][i];
  const r2 = f195(r2v);
  if (r2 === FAIL) return FAIL;
  else if (r2 === undefined && !(r2v !== undefined)) omitted.push("park");
  const r3v = C[3][i];
  const r3 = f28(r3v);
  if (r3 === FAIL || !(r3v !== undefined)) return FAIL;
  const r4v = C[4][i];
  const r4 = f199(r4v);
  if (r4 === FAIL) return FAIL;
  else if (r4 === undefined && !(r4v !== undefined)) omitted.push("ags");
  const r5v = C[5][i];
  const r5 = f28(r5v);
  if (r5 === FAIL || !(r5v !== undefined)) return FAIL;
  const r6v = C[6][i];
  const r6 = f38(r6v);
  if (r6 === FAIL || !(r6v !== undefined)) return FAIL;
  const r7v = C[7][i];
  const r7 = f39(r7v);
  if (r7 === FAIL || !(r7v !== undefined)) return FAIL;
  const r8v = C[8][i];
  const r8 = f203(r8v);
  if (r8 === FAIL) return FAIL;
  else if (r8 === undefined && !(r8v !== undefined)) omitted.push("total_area_m2");
  const r9v = C[9][i];
  const r9 = f207(r9v);
  if (r9 === FAIL) return FAIL;
  else if (r9 === undefined && !(r9v !== undefined)) omitted.push("price_eur_m2");
  const r10v = C[10][i];
  const r10 = f211(r10v);
  if (r10 === FAIL) return FAIL;
  const r11v = C[11][i];
  const r11 = f212(r11v);
  if (r11 === FAIL) return FAIL;
  else if (r11 === undefined && !(r11v !== undefined)) omitted.push("rent_eur_m2_month");
  const r12v = C[12][i];
  const r12 = f216(r12v);
  if (r12 === FAIL) return FAIL;
  else if (r12 === undefined && !(r12v !== undefined)) omitted.push("available_from");
  const r13v = C[13][i];
  const r13 = f220(r13v);
  if (r13 === FAIL) return FAIL;
  const r14v = C[14][i];
  const r14 = f75(r14v);
  if (r14 === FAIL || !(r14v !== undefined)) return FAIL;
  const r15v = C[15][i];
  const r15 = f222(r15v);
  if (r15 === FAIL) return FAIL;
  else if (r15 === undefined && !(r15v !== undefined)) omitted.push("listed_since");
  const r16v = C[16][i];
  const r16 = f87(r16v);
  if (r16 === FAIL || !(r16v !== undefined)) return FAIL;
  const r17v = C[17][i];
  const r17 = f89(r17v);
  if (r17 === FAIL || !(r17v !== undefined)) return FAIL;
  const r18v = C[18][i];
  const r18 = f230(r18v);
  if (r18 === FAIL) return FAIL;
  else if (r18 === undefined && !(r18v !== undefined)) omitted.push("park_area_m2");
  const r19v = C[19][i];
  const r19 = f234(r19v);
  if (r19 === FAIL) return FAIL;
  else if (r19 === undefined && !(r19v !== undefined)) omitted.push("junction_name");
  const r20v = C[20][i];
  const r20 = f238(r20v);
  if (r20 === FAIL) return FAIL;
  else if (r20 === undefined && !(r20v !== undefined)) omitted.push("junction_autobahn");
  const r21v = C[21][i];
  const r21 = f243(r21v);
  if (r21 === FAIL) return FAIL;
  else if (r21 === undefined && !(r21v !== undefined)) omitted.push("junction_km");
  const r22v = C[22][i];
  const r22 = f247(r22v);
  if (r22 === FAIL) return FAIL;
  else if (r22 === undefined && !(r22v !== undefined)) omitted.push("airport_name");
  const r23v = C[23][i];
  const r23 = f251(r23v);
  if (r23 === FAIL) return FAIL;
  else if (r23 === undefined && !(r23v !== undefined)) omitted.push("airport_km");
  const r24v = C[24][i];
  const r24 = f255(r24v);
  if (r24 === FAIL) return FAIL;
  const r25v = C[25][i];
  const r25 = f256(r25v);
  if (r25 === FAIL) return FAIL;
  else if (r25 === undefined && !(r25v !== undefined)) omitted.push("power_mva");
  const r26v = C[26][i];
  const r26 = f260(r26v);
  if (r26 === FAIL) return FAIL;
  const r27v = C[27][i];
  const r27 = f261(r27v);
  if (r27 === FAIL) return FAIL;
  else if (r27 === undefined && !(r27v !== undefined)) omitted.push("contact_org");
  const r28v = C[28][i];
  const r28 = f265(r28v);
  if (r28 === FAIL) return FAIL;
  else if (r28 === undefined && !(r28v !== undefined)) omitted.push("contact_role");
  const r29v = C[29][i];
  const r29 = f269(r29v);
  if (r29 === FAIL) return FAIL;
  else if (r29 === undefined && !(r29v !== undefined)) omitted.push("contact_email");
  const r30v = C[30][i];
  const r30 = f274(r30v);
  if (r30 === FAIL) return FAIL;
  else if (r30 === undefined && !(r30v !== undefined)) omitted.push("contact_phone");
  const r31v = C[31][i];
  const r31 = f28(r31v);
  if (r31 === FAIL || !(r31v !== undefined)) return FAIL;
  const r32v = C[32][i];
  const r32 = f278(r32v);
  if (r32 === FAIL) return FAIL;
  const r33v = C[33][i];
  const r33 = f148(r33v);
  if (r33 === FAIL) return FAIL;
  else if (r33 === undefined && !(r33v !== undefined)) omitted.push("name_en");
  const r34v = C[34][i];
  const r34 = f148(r34v);
  if (r34 === FAIL) return FAIL;
  else if (r34 === undefined && !(r34v !== undefined)) omitted.push("park_en");
  const r35v = C[35][i];
  const r35 = f148(r35v);
  if (r35 === FAIL) return FAIL;
  else if (r35 === undefined && !(r35v !== undefined)) omitted.push("contact_org_en");
  const r36v = C[36][i];
  const r36 = f148(r36v);
  if (r36 === FAIL) return FAIL;
  else if (r36 === undefined && !(r36v !== undefined)) omitted.push("contact_role_en");
  const r37v = C[37][i];
  const r37 = f148(r37v);
  if (r37 === FAIL) return FAIL;
  else if (r37 === undefined && !(r37v !== undefined)) omitted.push("source_en");
  const r38v = C[38][i];
  const r38 = f279(r38v);
  if (r38 === FAIL) return FAIL;
  else if (r38 === undefined && !(r38v !== undefined)) omitted.push("pop_30km");
  const r39v = C[39][i];
  const r39 = f279(r39v);
  if (r39 === FAIL) return FAIL;
  else if (r39 === undefined && !(r39v !== undefined)) omitted.push("pop_60km");
  const r40v = C[40][i];
  const r40 = f285(r40v);
  if (r40 === FAIL) return FAIL;
  const r41v = C[41][i];
  const r41 = f279(r41v);
  if (r41 === FAIL) return FAIL;
  else if (r41 === undefined && !(r41v !== undefined)) omitted.push("district_population");
  const r42v = C[42][i];
  const r42 = f289(r42v);
  if (r42 === FAIL) return FAIL;
  else if (r42 === undefined && !(r42v !== undefined)) omitted.push("district_area_km2");
  const r43v = C[43][i];
  const r43 = f295(r43v);
  if (r43 === FAIL) return FAIL;
  else if (r43 === undefined && !(r43v !== undefined)) omitted.push("office_area_m2");
  const r44v = C[44][i];
  const r44 = f299(r44v);
  if (r44 === FAIL) return FAIL;
  else if (r44 === undefined && !(r44v !== undefined)) omitted.push("divisible_from_m2");
  const r45v = C[45][i];
  const r45 = f303(r45v);
  if (r45 === FAIL) return FAIL;
  else if (r45 === undefined && !(r45v !== undefined)) omitted.push("clear_height_m");
  const r46v = C[46][i];
  const r46 = f309(r46v);
  if (r46 === FAIL) return FAIL;
  else if (r46 === undefined && !(r46v !== undefined)) omitted.push("floor_load_t_m2");
  const r47v = C[47][i];
  const r47 = f315(r47v);
  if (r47 === FAIL) return FAIL;
  else if (r47 === undefined && !(r47v !== undefined)) omitted.push("loading_docks");
  const r48v = C[48][i];
  const r48 = f321(r48v);
  if (r48 === FAIL) return FAIL;
  else if (r48 === undefined && !(r48v !== undefined)) omitted.push("ground_level_doors");
  const r49v = C[49][i];
  const r49 = f327(r49v);
  if (r49 === FAIL) return FAIL;
  else if (r49 === undefined && !(r49v !== undefined)) omitted.push("crane_t");
  const r50v = C[50][i];
  const r50 = f333(r50v);
  if (r50 === FAIL) return FAIL;
  const r51v = C[51][i];
  const r51 = f334(r51v);
  if (r51 === FAIL) return FAIL;
  const r52v = C[52][i];
  const r52 = f335(r52v);
  if (r52 === FAIL || !(r52v !== undefined)) return FAIL;
  const r53v = C[53][i];
  const r53 = f336(r53v);
  if (r53 === FAIL) return FAIL;
  else if (r53 === undefined && !(r53v !== undefined)) omitted.push("sale_price_eur");
  const r54v = C[54][i];
  const r54 = f340(r54v);
  if (r54 === FAIL) return FAIL;
  else if (r54 === undefined && !(r54v !== undefined)) omitted.push("year_built");
  let r = { "kind": r0, "name": r1, "park": r2, "municipality": r3, "ags": r4, "district": r5, "state": r6, "area_m2": r7, "total_area_m2": r8, "price_eur_m2": r9, "price_on_request": r10, "rent_eur_m2_month": r11, "available_from": r12, "status": r13, "data_as_of": r14, "listed_since": r15, "lat": r16, "lon": r17, "park_area_m2": r18, "junction_name": r19, "junction_autobahn": r20, "junction_km": r21, "airport_name": r22, "airport_km": r23, "rail_siding": r24, "power_mva": r25, "sector_tags": r26, "contact_org": r27, "contact_role": r28, "contact_email": r29, "contact_phone": r30, "source": r31, "position_approximate": r32, "name_en": r33, "park_en": r34, "contact_org_en": r35, "contact_role_en": r36, "source_en": r37, "pop_30km": r38, "pop_60km": r39, "nearest_towns": r40, "district_population": r41, "district_area_km2": r42, "office_area_m2": r43, "divisible_from_m2": r44, "clear_height_m": r45, "floor_load_t_m2": r46, "loading_docks": r47, "ground_level_doors": r48, "crane_t": r49, "heated": r50, "sprinkler": r51, "offer_type": r52, "sale_price_eur": r53, "year_built": r54 };
  for (const k of omitted) delete r[k];
  return r;
}
  return [f0, f185, f3, f9, c248, f3, f188, c249];
}
