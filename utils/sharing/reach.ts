/**
 * Where sharing may connect, as the manifest declares it (wxt.config.ts): a co-admins' CouchDB server over https
 * anywhere, or over plain http on this computer only. The host permission is optional and asked for one server
 * at the admin's click (`permissionPattern` in ./config.ts); a Manifest V3 content security policy cannot change
 * at run time, so `connect-src` allows these schemes and the permission, checked before every sync, decides.
 */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'] as const;

/** `optional_host_permissions`: nothing is granted at install. */
export const SERVER_HOST_PATTERNS = ['https://*/*', ...LOOPBACK_HOSTS.map((host) => `http://${host}/*`)];

/** The extension pages' `connect-src` sources. */
export const SERVER_CONNECT_SOURCES = ['https:', ...LOOPBACK_HOSTS.map((host) => `http://${host}:*`)];
