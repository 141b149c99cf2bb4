// Small helpers to write situations as data (times are UTC, 'YYYY-MM-DDTHH:MM').
export const post = (key, by, at, text, photos) => ({ key, by, at, text, ...(photos ? { photos } : {}) });
export const photo = (key, alt, w, h, options = {}) => ({ key, alt, w, h, ...options });
export const comment = (key, by, at, text) => ({ key, by, at, text });
export const feed = (now, ...posts) => ({ now, posts });
export const thread = (now, opening, ...comments) => ({ now, post: opening, comments });
