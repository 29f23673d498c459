// Every route of the Node server, on 127.0.0.1.
import { routeSuite } from './support/route-suite.js';
import { embedRouteSuite } from './support/embed-route-suite.js';
import { startNode } from './support/targets.js';

routeSuite('Node', startNode, { pinnedLookup: true });
embedRouteSuite('Node', startNode);
