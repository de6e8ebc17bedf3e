// The first page needs no client router: its small script (src/lib/enhance) offers to go on
// with saved answers, so the quiz starts after a few kilobytes.
export const csr = false;
