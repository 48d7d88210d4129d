// Package httpapi is qabot's HTTP front: /v1/ask, health and metrics.
package httpapi
