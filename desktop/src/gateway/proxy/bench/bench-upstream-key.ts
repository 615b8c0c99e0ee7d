/** The key the bench's fake upstream accepts: promptgate holds it, the direct and Portkey calls send it. */
export const BENCH_KEY = 'sk-bench-openai-0123456789abcdefghijklmn';
