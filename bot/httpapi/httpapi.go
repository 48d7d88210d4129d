// Package httpapi is qabot's HTTP front: /v1/ask, health and metrics.
//
// Endpoints:
//
//	POST /v1/ask  {"question": "..."}  → bot.AnswerJSON
//	GET  /v1/ask?q=...                  → bot.AnswerJSON
//	GET  /healthz                       → 200 while the process serves
//	GET  /readyz                        → 200 once an index is loaded, 503 before
//	GET  /metrics                       → Prometheus text format
//
// Questions go through a bot.Handler (front "http"), so rate limits (keyed
// by client IP), refusals, logging and metrics are those of the chat fronts.
// Every /v1/ask response, error or not, is a bot.AnswerJSON: clients parse
// one shape, and a failed request has "error" set.
//
// The API is an http.Handler and is safe for concurrent use.
package httpapi
