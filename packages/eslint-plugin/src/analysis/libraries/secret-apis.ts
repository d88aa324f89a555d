import { ANY, type ApiRef } from '../api-ref.js';

/** A parameter of a JWT, HMAC or key API that takes secret key material. */
export interface SecretParameter {
  readonly ref: ApiRef;
  /** The argument position of the secret. */
  readonly argument: number;
  /** How messages name the API. */
  readonly label: string;
}

const JSONWEBTOKEN = ['jsonwebtoken'];
const CRYPTO = ['crypto', 'node:crypto'];

/**
 * APIs whose argument is a signing, verification or HMAC key. Options objects
 * (`getToken({ secret })`, iron-session's `{ password }`) are recognised by
 * their property names instead.
 */
export const SECRET_PARAMETERS: readonly SecretParameter[] = [
  // jose: `new SignJWT(payload)….sign(key)` (and CompactSign, FlattenedSign…), `new EncryptJWT(…)….encrypt(key)`.
  { ref: { from: ['jose'], path: [ANY, 'sign'] }, argument: 0, label: "jose's SignJWT().sign()" },
  { ref: { from: ['jose'], path: [ANY, 'encrypt'] }, argument: 0, label: "jose's EncryptJWT().encrypt()" },
  { ref: { from: ['jose'], path: ['jwtVerify'] }, argument: 1, label: "jose's jwtVerify()" },
  { ref: { from: ['jose'], path: ['jwtDecrypt'] }, argument: 1, label: "jose's jwtDecrypt()" },
  { ref: { from: JSONWEBTOKEN, path: ['sign'] }, argument: 1, label: 'jwt.sign()' },
  { ref: { from: JSONWEBTOKEN, path: ['default', 'sign'] }, argument: 1, label: 'jwt.sign()' },
  { ref: { from: JSONWEBTOKEN, path: ['verify'] }, argument: 1, label: 'jwt.verify()' },
  { ref: { from: JSONWEBTOKEN, path: ['default', 'verify'] }, argument: 1, label: 'jwt.verify()' },
  { ref: { from: CRYPTO, path: ['createHmac'] }, argument: 1, label: 'createHmac()' },
  { ref: { from: CRYPTO, path: ['default', 'createHmac'] }, argument: 1, label: 'createHmac()' },
  { ref: { from: CRYPTO, path: ['createSecretKey'] }, argument: 0, label: 'createSecretKey()' },
  { ref: { from: CRYPTO, path: ['createPrivateKey'] }, argument: 0, label: 'createPrivateKey()' },
];

/** Calls that turn a secret string into key bytes and hand it on: `new TextEncoder().encode(s)`, `Buffer.from(s)`. */
export const KEY_ENCODERS: readonly ApiRef[] = [
  { from: 'any', path: ['TextEncoder', '()', 'encode'] },
  { from: 'any', path: ['Buffer', 'from'] },
  { from: ['jose'], path: ['base64url', 'decode'] },
];
