export const id = 917;
export const ids = [917];
export const modules = {

/***/ 5917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkspace: () => (/* binding */ readWorkspace)
/* harmony export */ });
/* unused harmony export workspaceFromFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const skippedDirectories = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.mypy_cache', '.pytest_cache', '.tox', 'dist', 'build', 'coverage', '.next']);
const maxFiles = 20_000;
const maxReadBytes = 512 * 1024;
function readWorkspace(root) {
    const files = [];
    const walk = (directory) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(directory, { withFileTypes: true });
        }
        catch {
            return; // an unreadable folder is as good as absent for the analysis
        }
        for (const entry of entries) {
            if (files.length >= maxFiles)
                return;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, entry.name);
            if (entry.isDirectory()) {
                if (!skippedDirectories.has(entry.name))
                    walk(path);
            }
            else if (entry.isFile()) {
                files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
            }
        }
    };
    walk(root);
    const known = new Set(files);
    const cache = new Map();
    return {
        files,
        has: (path) => known.has(path),
        read: (path) => {
            if (!known.has(path))
                return undefined;
            if (!cache.has(path)) {
                try {
                    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
                    cache.set(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).size > maxReadBytes ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8'));
                }
                catch {
                    cache.set(path, undefined);
                }
            }
            return cache.get(path);
        },
    };
}
/** A workspace held in memory: for tests, and for analyses without a checkout. */
function workspaceFromFiles(contents) {
    const files = Object.keys(contents);
    return { files, has: (path) => Object.hasOwn(contents, path), read: (path) => (Object.hasOwn(contents, path) ? contents[path] : undefined) };
}


/***/ })

};
