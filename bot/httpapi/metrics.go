package httpapi

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/qabot/qabot/bot"
)

// Metrics holds qabot's Prometheus metrics in a registry of its own (never
// the global one), with the Go runtime and process collectors. It
// implements bot.Recorder and is safe for concurrent use.
//
//	qabot_questions_total{front,outcome}      questions by how they ended
//	qabot_answer_duration_seconds{front}      time to reply, by front
//	qabot_feedback_total{front,vote}          👍/👎 clicks (helpful, unhelpful)
//	qabot_index_documents, qabot_index_sentences   what the index holds
//	qabot_reloads_total{result}               corpus reloads (ok, failed)
//	qabot_files_skipped                       files skipped by the last load
//
// With Redis configured (TrackRedis), also:
//
//	qabot_redis_up                            1 while state is shared through Redis
//	qabot_redis_fallbacks_total               times Redis was lost and qabot fell back to in-process state
//	qabot_redis_fallback_operations_total{kind}   operations done in process for want of Redis
//	                                              (dedup, rate_limit, feedback)
type Metrics struct {
	reg       *prometheus.Registry
	questions *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	feedback  *prometheus.CounterVec
	documents prometheus.Gauge
	sentences prometheus.Gauge
	skipped   prometheus.Gauge
	reloads   *prometheus.CounterVec

	redisUp        prometheus.Gauge
	redisLost      prometheus.Counter
	redisFallbacks *prometheus.CounterVec
}

var _ bot.Recorder = (*Metrics)(nil)

// NewMetrics returns the metrics, with every series of the given fronts
// present from the start.
func NewMetrics(fronts ...string) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "qabot_questions_total",
			Help: "Questions received, by front and outcome (answered, not_found, refused, rate_limited, error, help).",
		}, []string{"front", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "qabot_answer_duration_seconds",
			Help:    "Time from receiving a question to having its reply, by front.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"front"}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "qabot_feedback_total",
			Help: "Feedback clicks on answers, by front and vote (helpful, unhelpful).",
		}, []string{"front", "vote"}),
		documents: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "qabot_index_documents",
			Help: "Documents in the index being served.",
		}),
		sentences: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "qabot_index_sentences",
			Help: "Sentences in the index being served.",
		}),
		skipped: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "qabot_files_skipped",
			Help: "Files the last corpus load skipped because they could not be read or parsed.",
		}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "qabot_reloads_total",
			Help: "Corpus reloads by result: ok (the new index is served) or failed (the old one is kept).",
		}, []string{"result"}),
	}
	m.reg.MustRegister(
		m.questions, m.latency, m.feedback, m.documents, m.sentences, m.skipped, m.reloads,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	for _, f := range fronts {
		for _, o := range bot.Outcomes() { // every series exists, at 0, from the start
			m.questions.WithLabelValues(f, string(o))
		}
		m.latency.WithLabelValues(f)
		m.feedback.WithLabelValues(f, "helpful")
		m.feedback.WithLabelValues(f, "unhelpful")
	}
	m.reloads.WithLabelValues("ok")
	m.reloads.WithLabelValues("failed")
	return m
}

// Question implements bot.Recorder.
func (m *Metrics) Question(front string, outcome bot.Outcome, elapsed time.Duration) {
	m.questions.WithLabelValues(front, string(outcome)).Inc()
	m.latency.WithLabelValues(front).Observe(elapsed.Seconds())
}

// Feedback implements bot.Recorder.
func (m *Metrics) Feedback(front string, helpful bool) {
	vote := "unhelpful"
	if helpful {
		vote = "helpful"
	}
	m.feedback.WithLabelValues(front, vote).Inc()
}

// SetIndex records what the index being served holds.
func (m *Metrics) SetIndex(documents, sentences, skipped int) {
	m.documents.Set(float64(documents))
	m.sentences.Set(float64(sentences))
	m.skipped.Set(float64(skipped))
}

// Reload counts a corpus reload.
func (m *Metrics) Reload(ok bool) {
	result := "failed"
	if ok {
		result = "ok"
	}
	m.reloads.WithLabelValues(result).Inc()
}

// TrackRedis adds the series about Redis, all present from the start, with
// the given kinds of operation. Call it once, when Redis is configured.
func (m *Metrics) TrackRedis(kinds ...string) {
	m.redisUp = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "qabot_redis_up",
		Help: "1 while duplicate filters, rate limits and feedback are shared through Redis, 0 while they are in process.",
	})
	m.redisLost = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "qabot_redis_fallbacks_total",
		Help: "Times Redis could not be reached and qabot fell back to in-process state.",
	})
	m.redisFallbacks = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "qabot_redis_fallback_operations_total",
		Help: "Operations done in process for want of Redis, by kind (dedup, rate_limit, feedback).",
	}, []string{"kind"})
	m.reg.MustRegister(m.redisUp, m.redisLost, m.redisFallbacks)
	for _, k := range kinds {
		m.redisFallbacks.WithLabelValues(k)
	}
}

// RedisState records whether state is shared through Redis; each change
// to false counts a fallback. It implements redisstate.Recorder, after
// TrackRedis.
func (m *Metrics) RedisState(up bool) {
	if m.redisUp == nil {
		return
	}
	if up {
		m.redisUp.Set(1)
		return
	}
	m.redisUp.Set(0)
	m.redisLost.Inc()
}

// RedisFallback counts one operation of kind done in process. It
// implements redisstate.Recorder, after TrackRedis.
func (m *Metrics) RedisFallback(kind string) {
	if m.redisFallbacks != nil {
		m.redisFallbacks.WithLabelValues(kind).Inc()
	}
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Registry returns the registry, for tests and for adding collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }
