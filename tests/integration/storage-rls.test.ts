// The local Storage stand-in against supabase-js and raw HTTP: the bucket's policies decide who touches
// which file (the same RLS as hosted), limits and path tricks get the Storage server's own error bodies
// (HTTP 400, the real code as a string in `statusCode`; contracts-ai-storage.md §4.2).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { bucketFor, DOCX, PDF, pdfBytes, rawStorage, reconcile } from './support/storage-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());

const userA = `user_a_${randomUUID().slice(0, 8)}`;
const userB = `user_b_${randomUUID().slice(0, 8)}`;
const docId = randomUUID();
const pathA = `${userA}/${docId}/Resume A.pdf`;
const bytesA = pdfBytes(4096);

async function uploadA() {
  const { data, error } = await bucketFor(userA).upload(pathA, bytesA, { contentType: PDF, upsert: true });
  expect(error).toBeNull();
  return data;
}

describe('Storage stand-in: owner access through supabase-js', () => {
  it('uploads, lists, downloads the same bytes, and refuses a second upload without upsert', async () => {
    const data = await uploadA();
    expect(data).toMatchObject({ path: pathA, fullPath: `resumes/${pathA}` });
    const listed = await bucketFor(userA).list(`${userA}/${docId}`);
    expect(listed.data?.map((f) => f.name)).toEqual(['Resume A.pdf']);
    expect(listed.data?.[0]?.metadata).toMatchObject({ size: 4096, mimetype: PDF });
    const down = await bucketFor(userA).download(pathA);
    expect(new Uint8Array(await (down.data as Blob).arrayBuffer())).toEqual(bytesA);

    const again = await bucketFor(userA).upload(pathA, pdfBytes(), { contentType: PDF });
    expect(again.error).toMatchObject({ status: 400, statusCode: '409' });
  });

  it('signs a URL that downloads without a token, and refuses a tampered one', async () => {
    await uploadA();
    const signed = await bucketFor(userA).createSignedUrl(pathA, 60);
    expect(signed.error).toBeNull();
    const response = await fetch(signed.data?.signedUrl ?? '');
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytesA);
    const tampered = await fetch(`${signed.data?.signedUrl.replace(/Resume%20A/, 'Resume%20B')}`);
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({ statusCode: '400', code: 'InvalidSignature' });
  });

  it('accepts a DOCX through FormData (a Blob body) as well as raw bytes', async () => {
    const path = `${userA}/${randomUUID()}/Letter.docx`;
    const blob = new Blob([pdfBytes(1000) as BlobPart], { type: DOCX });
    const { error } = await bucketFor(userA).upload(path, blob);
    expect(error).toBeNull();
    const info = await bucketFor(userA).download(path);
    expect(info.data?.size).toBe(1000);
  });
});

describe('Storage stand-in: user B against user A’s files', () => {
  it('cannot read, sign, list, overwrite, write into or delete A’s folder', async () => {
    await uploadA();
    const b = bucketFor(userB);
    expect((await b.download(pathA)).error).toMatchObject({ statusCode: '404' });
    expect((await b.createSignedUrl(pathA, 60)).error).toMatchObject({ statusCode: '404' });
    expect((await b.list(`${userA}/${docId}`)).data).toEqual([]);
    expect((await b.list('')).data?.map((f) => f.name)).not.toContain(userA);

    const overwrite = await b.upload(pathA, pdfBytes(), { contentType: PDF, upsert: true });
    expect(overwrite.error).toMatchObject({
      status: 400,
      statusCode: '403',
      message: expect.stringMatching(/row-level security/),
    });
    const intoA = await b.upload(`${userA}/${randomUUID()}/planted.pdf`, pdfBytes(), { contentType: PDF });
    expect(intoA.error).toMatchObject({ statusCode: '403' });

    const removed = await b.remove([pathA]);
    expect(removed.data).toEqual([]);
    const still = await bucketFor(userA).download(pathA);
    expect(new Uint8Array(await (still.data as Blob).arrayBuffer())).toEqual(bytesA);
  });

  it('path tricks get a clear refusal: ../, another folder, URL-encoded slashes, backslashes', async () => {
    const body = pdfBytes();
    const headers = { 'content-type': PDF };
    const tricks = [
      `/object/resumes/${userB}/..%2F${userA}%2Fx.pdf`, // decodes to B/../A/x.pdf
      `/object/resumes/${userB}%2F..%2F${userA}%2Fx.pdf`,
      `/object/resumes/${userB}/x/../../${userA}/x.pdf`, // fetch resolves this to A's folder
      `/object/resumes/${userB}/.%2Fx.pdf`,
      `/object/resumes/${userB}\\..\\${userA}\\x.pdf`,
      `/object/resumes/${userB}//x.pdf`,
    ];
    for (const trick of tricks) {
      const response = await rawStorage(userB, 'POST', trick, { body: body as BodyInit, headers });
      expect(response.status, trick).toBe(400);
      expect(response.body, trick).toMatchObject({ statusCode: '403', code: 'AccessDenied' });
    }
    const control = await rawStorage(userB, 'POST', `/object/resumes/${userB}/%00.pdf`, {
      body: body as BodyInit,
      headers,
    });
    expect(control.body).toMatchObject({ statusCode: '400', code: 'InvalidKey' });
    const rows = await admin.query('select name from storage.objects where starts_with(name, $1)', [
      `${userA}/`,
    ]);
    expect(rows.rows.map((r) => r.name)).not.toContain(`${userA}/x.pdf`);
  });

  it('wrong MIME, 6 MB, no token, unknown bucket: the Storage server’s own codes, in its key order', async () => {
    const b = bucketFor(userB);
    const text = await b.upload(`${userB}/${randomUUID()}/notes.txt`, new TextEncoder().encode('hi'), {
      contentType: 'text/plain',
    });
    expect(text.error).toMatchObject({
      status: 400,
      statusCode: '415',
      message: 'mime type text/plain is not supported',
    });
    const big = await b.upload(`${userB}/${randomUUID()}/big.pdf`, pdfBytes(6 * 1024 * 1024), {
      contentType: PDF,
    });
    expect(big.error).toMatchObject({ status: 400, statusCode: '413' });

    const anonymous = await rawStorage(null, 'GET', `/object/resumes/${pathA}`);
    expect(anonymous.status).toBe(400);
    expect(Object.keys(anonymous.body ?? {})).toEqual(['statusCode', 'error', 'message', 'code']);
    expect(anonymous.body).toMatchObject({ statusCode: '403', code: 'InvalidJWT' });
    const missingBucket = await rawStorage(userB, 'POST', `/object/nope/${userB}/x.pdf`, {
      body: pdfBytes() as BodyInit,
      headers: { 'content-type': PDF },
    });
    expect(missingBucket.body).toMatchObject({ statusCode: '404', code: 'NoSuchBucket' });
  });

  it('leaves no object row without bytes and no bytes without a row', async () => {
    for (const user of [userA, userB]) {
      expect(await reconcile(admin, user)).toMatchObject({ rowsWithoutBytes: 0, filesWithoutRows: 0 });
    }
  });
});
