/**
 * PouchDB as Tend uses it: the core, CouchDB's replication and its HTTP client. The storage adapter of the local
 * replica is added where it runs (IndexedDB in the extension, memory in tests).
 */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import Replication from 'pouchdb-replication';

PouchDB.plugin(HttpAdapter).plugin(Replication);

export { PouchDB };
