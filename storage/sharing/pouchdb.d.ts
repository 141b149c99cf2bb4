/**
 * Types for the part of PouchDB that Tend calls (the packages ship none). Tend writes its own rather than use
 * the DefinitelyTyped ones, which declare a global `Buffer` and `Blob` that clash with Node's. Only what the
 * sharing engine and its tests use is here; document fields Tend does not name are `unknown`.
 */

declare module 'pouchdb-core' {
  namespace PouchDB {
    /** A plugin as `PouchDB.plugin` takes it: a function given the constructor, or an object of methods. */
    type Plugin = ((pouch: Static) => void) | Readonly<Record<string, unknown>>;

    interface Options {
      /** The storage adapter of a local database ('indexeddb', 'memory'); a URL uses the http adapter. */
      adapter?: string;
      /** Used instead of the global `fetch` by a remote database (the tests record and refuse requests). */
      fetch?: (url: string, init?: RequestInit) => Promise<Response>;
      /** A remote database's login, sent as HTTP Basic authentication. */
      auth?: { username: string; password: string };
    }

    interface Static {
      new (name: string, options?: Options): Database;
      plugin(plugin: Plugin): Static;
    }

    /** A document to write: `_rev` is the revision it replaces (none for a new document). */
    interface Writable {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      [field: string]: unknown;
    }

    /** A document as read back; `_conflicts` only when asked for. */
    interface Stored {
      _id: string;
      _rev: string;
      _deleted?: boolean;
      _conflicts?: string[];
      [field: string]: unknown;
    }

    interface Written {
      ok: true;
      id: string;
      rev: string;
    }

    /** One document of a bulk write that was not written (a conflict answers status 409). */
    interface NotWritten {
      id?: string;
      error: boolean | string;
      status?: number;
      name?: string;
      message?: string;
      reason?: string;
    }

    interface AllDocsOptions {
      include_docs?: boolean;
      conflicts?: boolean;
    }

    interface AllDocsRow {
      id: string;
      key: string;
      value: { rev: string; deleted?: true };
      /** With `include_docs`; null for a deleted document asked for by key. */
      doc?: Stored | null;
    }

    /** A key asked for that the database never held. */
    interface MissingRow {
      key: string;
      error: string;
    }

    interface AllDocs<Row> {
      total_rows: number;
      offset: number;
      rows: Row[];
    }

    interface ChangesOptions {
      since?: number | string;
      limit?: number;
      include_docs?: boolean;
      conflicts?: boolean;
    }

    interface Change {
      id: string;
      seq: number | string;
      changes: { rev: string }[];
      deleted?: true;
      doc?: Stored;
    }

    interface Changes {
      results: Change[];
      last_seq: number | string;
    }

    interface Info {
      db_name: string;
      doc_count: number;
      update_seq: number | string;
    }

    interface Replicated {
      ok: boolean;
      status: string;
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      errors: unknown[];
      last_seq: number | string;
    }

    /** One-shot replication (the pouchdb-replication plugin); it rejects when the other side fails. */
    interface Replicate {
      /** `batch_size`: documents read and written per request (PouchDB's default is 100). */
      from(source: Database | string, options?: { batch_size?: number }): PromiseLike<Replicated>;
      /** `since`: from this sequence instead of the checkpoint (0 offers every document again). */
      to(
        target: Database | string,
        options?: { since?: number | string; batch_size?: number },
      ): PromiseLike<Replicated>;
    }

    interface Database {
      get(id: string, options?: { rev?: string }): Promise<Stored>;
      put(doc: Writable): Promise<Written>;
      bulkDocs(docs: Writable[]): Promise<(Written | NotWritten)[]>;
      allDocs(options: AllDocsOptions & { keys: string[] }): Promise<AllDocs<AllDocsRow | MissingRow>>;
      allDocs(options?: AllDocsOptions): Promise<AllDocs<AllDocsRow>>;
      changes(options: ChangesOptions): PromiseLike<Changes>;
      info(): Promise<Info>;
      /** Deletes the database and everything in it. */
      destroy(): Promise<unknown>;
      replicate: Replicate;
    }
  }

  const PouchDB: PouchDB.Static;
  export default PouchDB;
}

declare module 'pouchdb-adapter-http' {
  import type PouchDB from 'pouchdb-core';

  const http: PouchDB.Plugin;
  export default http;
}

declare module 'pouchdb-replication' {
  import type PouchDB from 'pouchdb-core';

  const replication: PouchDB.Plugin;
  export default replication;
}

declare module 'pouchdb-adapter-indexeddb' {
  import type PouchDB from 'pouchdb-core';

  const indexeddb: PouchDB.Plugin;
  export default indexeddb;
}

declare module 'pouchdb-adapter-memory' {
  import type PouchDB from 'pouchdb-core';

  const memory: PouchDB.Plugin;
  export default memory;
}
