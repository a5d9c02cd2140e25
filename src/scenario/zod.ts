import { z } from 'zod';

// The built page's Content-Security-Policy forbids eval; zod's JIT would use it. This module must be
// imported (and so evaluated) before any schema is built: every schema file imports `z` from here.
z.config({ jitless: true });

export { z };
