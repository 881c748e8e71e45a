/** CSS imported for its side effect: Vite bundles it into the page's stylesheet. */
declare module '*.css'
