// The same route tests on the Workers script, run by Miniflare in workerd on 127.0.0.1.
import { routeSuite } from './support/route-suite.js';
import { embedRouteSuite } from './support/embed-route-suite.js';
import { startWorker } from './support/targets.js';

routeSuite('Workers (Miniflare)', startWorker, { pinnedLookup: false });
embedRouteSuite('Workers (Miniflare)', startWorker);
