#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);




const usage = `Usage: autoheal <command> [options]

Commands:
  analyze   Read a failed run's logs and artifacts and write failure_context.json
  fix       Ask Claude or GPT for a fix of a failure context; write fix files and fix.patch

autoheal analyze [--logs-dir DIR] [--artifacts-dir DIR] [--workspace DIR]
                 [--workflow-run-id N] [--cost-control FILE] --output failure_context.json
  --logs-dir DIR          job logs as GitHub serves them, one file per failed job
  --artifacts-dir DIR     the run's artifacts (JUnit XML, jest/vitest/pytest JSON, eslint JSON, SARIF, …)
  --workspace DIR         the project checked out at the failing commit (finds the files to change)
  --workflow-run-id N     the failed run's id, recorded in the context
  --cost-control FILE     cost_control.yaml: its exclude_fix_types set can_auto_fix to false
  --output FILE           where to write the context (default: failure_context.json)
At least one of --logs-dir and --artifacts-dir is needed; a missing logs folder means "no logs".

autoheal fix --context failure_context.json [--fix-type T] --provider anthropic|openai
             --workspace DIR --output-dir fixes/ [--model M] [--cost-control FILE]
             [--templates-dir DIR] [--dry-run]
  --context FILE          what \`autoheal analyze\` wrote
  --fix-type T            force a type (also when the context says can_auto_fix: false)
  --provider P            anthropic (ANTHROPIC_API_KEY) or openai (OPENAI_API_KEY)
  --workspace DIR         the project at the failing commit; it is read, never changed
  --output-dir DIR        files/<path> (each changed file with a TARGET line), index.json, fix.patch
  --model M               instead of cost_control.yaml's providers.<P>.model
  --cost-control FILE     limits and models (default: the built-in ones, as ci/cost_control.yaml)
  --templates-dir DIR     your own <fix_type>_fix.md templates, file by file
  --dry-run               write prompt.md and estimate.json; no key, no model call
ANTHROPIC_BASE_URL and OPENAI_BASE_URL point the providers at a company gateway.

Exit codes: 0 done, 1 the work failed, 2 usage or configuration error.
`;
const analyzeOptions = {
    'logs-dir': { type: 'string' },
    'artifacts-dir': { type: 'string' },
    workspace: { type: 'string' },
    'workflow-run-id': { type: 'string' },
    'cost-control': { type: 'string' },
    output: { type: 'string', default: 'failure_context.json' },
    help: { type: 'boolean', short: 'h' },
};
function parseFlags(args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error), 'Run `autoheal --help` for the flags each command takes.');
    }
}
const fixOptions = {
    context: { type: 'string' },
    'fix-type': { type: 'string' },
    provider: { type: 'string', default: 'anthropic' },
    workspace: { type: 'string', default: '.' },
    'output-dir': { type: 'string', default: 'fixes' },
    model: { type: 'string' },
    'cost-control': { type: 'string' },
    'templates-dir': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
};
async function runFix(args, out) {
    const flags = parseFlags(args, fixOptions);
    if (flags.help) {
        out(usage);
        return 0;
    }
    if (!flags.context)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('fix needs --context failure_context.json.', 'Write one with `autoheal analyze`.');
    const { runFixCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(491), __nccwpck_require__.e(815), __nccwpck_require__.e(355), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3263));
    const provider = flags.provider;
    const result = await runFixCommand({
        contextPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags.context),
        provider,
        workspaceDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags.workspace),
        outputDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags['output-dir']),
        dryRun: flags['dry-run'],
        now: new Date(),
        ...(flags['fix-type'] ? { fixType: flags['fix-type'] } : {}),
        ...(flags.model ? { model: flags.model } : {}),
        ...(flags['cost-control'] ? { costControlPath: flags['cost-control'] } : {}),
        ...(flags['templates-dir'] ? { templatesDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags['templates-dir']) } : {}),
        ...providerEnvironment(provider),
    });
    for (const line of result.lines)
        out(line);
    return result.exitCode;
}
/** The provider's key and gateway, from the environment the SDKs document. */
function providerEnvironment(provider) {
    const prefix = provider === 'openai' ? 'OPENAI' : 'ANTHROPIC';
    const apiKey = process.env[`${prefix}_API_KEY`];
    const baseUrl = process.env[`${prefix}_BASE_URL`];
    return { ...(apiKey ? { apiKey } : {}), ...(baseUrl ? { baseUrl } : {}) };
}
async function runAnalyze(args, out) {
    const flags = parseFlags(args, analyzeOptions);
    if (flags.help) {
        out(usage);
        return;
    }
    const logsDir = flags['logs-dir'];
    const artifactsDir = flags['artifacts-dir'];
    if (!logsDir && !artifactsDir) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('analyze needs --logs-dir or --artifacts-dir (or both).', 'Point it at the folders of a failed run.');
    }
    const runId = flags['workflow-run-id'] ?? 'local';
    if (!/^[\w-]+$/.test(runId))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--workflow-run-id '${runId}' is not a run id.`, 'Pass the number from the run URL.');
    // Modules load on the path that needs them: a start-up of a 200 MB log's analysis counts too.
    const costControl = flags['cost-control'] ? await (await Promise.all(/* import() */[__nccwpck_require__.e(491), __nccwpck_require__.e(815), __nccwpck_require__.e(477)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4477))).loadCostControlFile(flags['cost-control']) : undefined;
    if (costControl?.notice)
        process.stderr.write(`${costControl.notice}\n`);
    const { analyzeRun } = await Promise.all(/* import() */[__nccwpck_require__.e(551), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8558));
    const { loadJobLogs, loadReports } = await Promise.all(/* import() */[__nccwpck_require__.e(551), __nccwpck_require__.e(705)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9705));
    const { readWorkspace } = await __nccwpck_require__.e(/* import() */ 917).then(__nccwpck_require__.bind(__nccwpck_require__, 5917));
    const [logs, reports] = await Promise.all([loadJobLogs(logsDir), loadReports(artifactsDir)]);
    const context = analyzeRun({
        workflowRunId: runId,
        logs: logs.logs,
        reports: reports.reports,
        diagnostics: [...logs.diagnostics, ...reports.diagnostics],
        ...(flags.workspace ? { workspace: readWorkspace((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags.workspace)) } : {}),
        ...(costControl ? { excludeFixTypes: costControl.config.exclude_fix_types } : {}),
    });
    const output = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags.output);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(output), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(output, `${JSON.stringify(context, null, 2)}\n`);
    out(`${context.fix_type} (confidence ${context.confidence}, can_auto_fix ${context.can_auto_fix}): ` +
        `${context.affected_files.join(', ') || 'no files'} → ${flags.output}`);
    for (const diagnostic of context.diagnostics)
        process.stderr.write(`note: ${diagnostic}\n`);
}
async function main(argv) {
    const [command, ...args] = argv;
    const out = (line) => process.stdout.write(`${line}\n`);
    try {
        switch (command) {
            case 'analyze':
                await runAnalyze(args, out);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                out(usage);
                return command === undefined ? 2 : 0;
            case 'fix':
                return await runFix(args, out);
            default:
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`Unknown command '${command}'.`, 'Run `autoheal --help` for the commands.');
        }
    }
    catch (error) {
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error);
        const remedy = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AutohealError */ .MM ? ` ${error.remedy}` : '';
        process.stderr.write(`autoheal: ${message}${remedy}\n`);
        return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb || (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AutohealError */ .MM && error.name === 'ConfigError') ? 2 : 1;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ AutohealError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export InputError */
/** Every error the user can act on carries what to do about it. */
class AutohealError extends Error {
    remedy;
    /** false: the step ends green with a notice (budget spent, nothing safe to change). */
    failsStep = true;
    constructor(message, remedy, options) {
        super(message, options);
        this.remedy = remedy;
    }
}
/** A bad flag, a missing input or an invalid configuration file: exit code 2 in the CLI. */
class UsageError extends AutohealError {
    name = 'UsageError';
}
/** An invalid configuration file; the message names the key and the line. */
class ConfigError extends AutohealError {
    name = 'ConfigError';
}
/** Input that could not be read as what it claims to be (a log, a report, an archive). */
class InputError extends (/* unused pure expression or super */ null && (AutohealError)) {
    name = 'InputError';
}
function getErrorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
