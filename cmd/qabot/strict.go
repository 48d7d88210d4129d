package main

// Strict configuration decoding.
//
// yaml.v3's own decoder stops at the first problem and names a line but not
// the key ("cannot unmarshal !!str `loud` into int"). The decoder here walks
// the YAML node tree beside the Config struct instead, one key at a time, so
// that every problem names its full key (slack.bot_token), its line, the
// value given (unless the field is a secret) and what was expected. Unknown
// keys are reported with the closest known key at that level.
//
// ${ENV_VAR} references in scalar values are expanded on the nodes before
// they are decoded, never over the raw file, so a variable's value can never
// change the structure of the document.

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// decoder walks a YAML node tree into a Config, collecting problems. It
// also sets keys from the environment and from flags (applyEnv, setKey).
type decoder struct {
	// file names the YAML file in origins.
	file   string
	getenv func(string) string
	// lines maps every key the file sets ("http.listen") to its line, as
	// long as no variable or flag overrides it.
	lines map[string]int
	// origins maps every key set by the file, a variable or a flag to
	// where its value came from.
	origins  configOrigins
	problems []configProblem
	// unset holds the problems about unset environment variables, kept
	// apart until it is known whether their section is enabled.
	unset []unsetVar
}

// unsetVar is a reference to an environment variable that is not set.
type unsetVar struct {
	section string
	problem configProblem
}

var durationType = reflect.TypeOf(time.Duration(0))

func (d *decoder) addf(line int, format string, args ...any) {
	d.problems = append(d.problems, configProblem{Line: line, Msg: fmt.Sprintf(format, args...)})
}

// decode fills the struct v from the mapping node n. path is the key of v
// ("" for the root).
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // "http:" with nothing under it: the defaults.
	}
	if n.Kind != yaml.MappingNode {
		what := "the configuration"
		if path != "" {
			what = path
		}
		d.addf(n.Line, "%s must be a mapping of keys (key: value), not %s", what, nodeKind(n))
		return
	}
	fields := yamlFields(v.Type())
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := joinKey(path, k.Value)
		idx, ok := fields[k.Value]
		if !ok {
			d.addf(k.Line, "unknown key %s%s", key, suggestion(k.Value, fieldNames(v.Type())))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.addf(k.Line, "%s is set twice (first on line %d)", key, first)
			continue
		}
		seen[k.Value] = k.Line
		d.lines[key] = k.Line
		f := v.Field(idx)
		sf := v.Type().Field(idx)
		if f.Kind() == reflect.Struct && f.Type() != durationType {
			d.decode(val, f, key)
			continue
		}
		if sf.Tag.Get("source") == "env" && !d.fromEnv(val, key) {
			continue
		}
		d.leaf(val, f, key, sf.Tag.Get("qabot") == "secret")
		d.origins[key] = fmt.Sprintf("%s:%d", d.file, k.Line)
	}
}

// envPrefix starts the name of every environment variable that sets a
// key: QABOT_ and the key in upper case, dots as underscores.
const envPrefix = "QABOT_"

// envName is the environment variable that sets key: QABOT_HTTP_LISTEN
// for http.listen.
func envName(key string) string {
	return envPrefix + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// applyEnv sets every key below the struct v (whose key is path) that has
// its QABOT_* variable set to a non-empty value, over what the file said.
func (d *decoder) applyEnv(v reflect.Value, path string) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		name := yamlName(t.Field(i))
		if name == "" {
			continue
		}
		key := joinKey(path, name)
		if f := v.Field(i); f.Kind() == reflect.Struct && f.Type() != durationType {
			d.applyEnv(f, key)
			continue
		}
		if val := d.getenv(envName(key)); val != "" {
			d.set(v.Field(i), key, val, envName(key), t.Field(i).Tag.Get("qabot") == "secret")
		}
	}
}

// setKey sets key ("http.listen") below the struct root to the text val,
// given by by (a flag).
func (d *decoder) setKey(root reflect.Value, key, val, by string) {
	v := root
	var sf reflect.StructField
	for _, name := range strings.Split(key, ".") {
		idx, ok := yamlFields(v.Type())[name]
		if !ok {
			d.problems = append(d.problems, configProblem{Msg: "unknown key " + key, Set: by})
			return
		}
		sf = v.Type().Field(idx)
		v = v.Field(idx)
	}
	d.set(v, key, val, by, sf.Tag.Get("qabot") == "secret")
}

// set decodes the text val, given by by (a variable or a flag), into the
// field f of key. A list may be written as a YAML flow list (["a", "b"])
// or as values separated by commas.
func (d *decoder) set(f reflect.Value, key, val, by string, secret bool) {
	n := textNode(val, f.Type())
	if err := n.Decode(f.Addr().Interface()); err != nil {
		given := ""
		if secret {
			given = "this value"
		}
		d.problems = append(d.problems, configProblem{Msg: key + ": " + badValue(n, f.Type(), given), Set: by})
		return
	}
	delete(d.lines, key)
	d.origins[key] = by
}

// textNode is the YAML node for the text val of a variable or flag, to be
// decoded into a value of type t. Strings are taken as they are, never
// read as YAML.
func textNode(val string, t reflect.Type) *yaml.Node {
	switch {
	case t.Kind() == reflect.String:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: val}
	case t.Kind() == reflect.Slice && strings.HasPrefix(strings.TrimSpace(val), "["):
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(val), &doc); err == nil && len(doc.Content) == 1 {
			return doc.Content[0]
		}
	case t.Kind() == reflect.Slice:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for _, item := range strings.Split(val, ",") {
			if item = strings.TrimSpace(item); item != "" {
				n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: item})
			}
		}
		return n
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Value: val}
}

// fromEnv checks a field tagged source:"env", such as redis.password: a
// value written in the file must be a ${ENV_VAR} reference. It reports
// false, with the problem recorded, when the value is written out.
func (d *decoder) fromEnv(n *yaml.Node, key string) bool {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" || n.Value == "" {
		return true
	}
	if _, refs := expandVars(n.Value, func(string) string { return "" }); len(refs) > 0 {
		return true
	}
	d.addf(n.Line, "%s: write it as an environment variable reference such as ${REDIS_PASSWORD}, never in the file", key)
	return false
}

// leaf decodes the value node n into the field f, whose key is key.
func (d *decoder) leaf(n *yaml.Node, f reflect.Value, key string, secret bool) {
	original := n.Value
	if !d.expand(n, key) {
		return
	}
	if err := n.Decode(f.Addr().Interface()); err != nil {
		given := ""
		switch {
		case secret:
			given = "this value"
		case n.Kind == yaml.ScalarNode && original != n.Value:
			// Expanded from the environment: the variable may hold a
			// secret, so name the reference rather than its value.
			given = fmt.Sprintf("the value of %q", original)
		}
		d.addf(n.Line, "%s: %s", key, badValue(n, f.Type(), given))
	}
}

// badValue says what is wrong with n as a value of type t. given names
// the value in the message; "" quotes it.
func badValue(n *yaml.Node, t reflect.Type, given string) string {
	if given == "" {
		switch n.Kind {
		case yaml.ScalarNode:
			given = fmt.Sprintf("%q", n.Value)
		default:
			given = nodeKind(n)
		}
	}
	switch {
	case t == durationType:
		return given + " is not a duration; write it like 500ms, 10s or 2m"
	case t.Kind() == reflect.Bool:
		return given + " is not true or false"
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		return given + " is not a whole number"
	case t.Kind() == reflect.Float64 || t.Kind() == reflect.Float32:
		return given + " is not a number; write it like 0.5"
	case t.Kind() == reflect.String:
		return given + " is not a single value; write it as a string"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return given + ` is not a list of strings; write it like ["a", "b"]`
	}
	return given + " is not a valid " + t.String()
}

// expand replaces ${VAR} references in every scalar below n. It reports
// false when a referenced variable is unset (the problem is recorded).
func (d *decoder) expand(n *yaml.Node, key string) bool {
	switch n.Kind {
	case yaml.ScalarNode:
		if !strings.Contains(n.Value, "$") {
			return true
		}
		out, missing := expandVars(n.Value, d.getenv)
		if len(missing) > 0 {
			section, _, _ := strings.Cut(key, ".")
			for _, name := range missing {
				d.unset = append(d.unset, unsetVar{section: section, problem: configProblem{
					Line: n.Line,
					Msg:  fmt.Sprintf("%s: environment variable %s is not set", key, name),
				}})
			}
			return false
		}
		n.Value = out
		// Let the expanded text be resolved again (an int, a bool), unless
		// the author quoted it.
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 {
			n.Tag = ""
		}
		return true
	case yaml.SequenceNode, yaml.MappingNode:
		ok := true
		for _, c := range n.Content {
			ok = d.expand(c, key) && ok
		}
		return ok
	}
	return true
}

// dropDisabled keeps the unset-variable problems of enabled sections only:
// an example configuration may reference ${SLACK_BOT_TOKEN} in a disabled
// slack section without the variable being set.
func (d *decoder) dropDisabled(cfg Config) {
	disabled := map[string]bool{
		"http":    !cfg.HTTP.Enabled,
		"slack":   !cfg.Slack.Enabled,
		"discord": !cfg.Discord.Enabled,
		"redis":   !cfg.Redis.Enabled,
	}
	for _, u := range d.unset {
		if !disabled[u.section] {
			d.problems = append(d.problems, u.problem)
		}
	}
	d.unset = nil
}

// expandVars replaces each ${NAME} in s with getenv(NAME) and returns the
// names that are unset (empty). "$${" stands for a literal "${"; any other
// "$" is kept as it is.
func expandVars(s string, getenv func(string) string) (string, []string) {
	var (
		b       strings.Builder
		missing []string
	)
	for {
		i := strings.Index(s, "$")
		if i < 0 || i+1 >= len(s) {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		rest := s[i+1:]
		switch {
		case strings.HasPrefix(rest, "${"):
			b.WriteString("${")
			s = rest[2:]
		case rest[0] == '{':
			end := strings.IndexByte(rest, '}')
			name := ""
			if end > 0 {
				name = rest[1:end]
			}
			if !validVarName(name) {
				b.WriteString("$")
				s = rest
				continue
			}
			val := getenv(name)
			if val == "" {
				missing = append(missing, name)
			}
			b.WriteString(val)
			s = rest[end+1:]
		default:
			b.WriteString("$")
			s = rest
		}
	}
	return b.String(), missing
}

// validVarName reports whether name is an environment variable name:
// letters, digits and underscores, not starting with a digit.
func validVarName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// yamlFields maps each yaml key of struct type t to its field index.
func yamlFields(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		if name := yamlName(t.Field(i)); name != "" {
			m[name] = i
		}
	}
	return m
}

// fieldNames lists the yaml keys of struct type t in declaration order.
func fieldNames(t reflect.Type) []string {
	var names []string
	for i := 0; i < t.NumField(); i++ {
		if name := yamlName(t.Field(i)); name != "" {
			names = append(names, name)
		}
	}
	return names
}

func yamlName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		name = strings.ToLower(f.Name)
	}
	return name
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	return fmt.Sprintf("the value %q", n.Value)
}

// suggestion returns " (did you mean KEY?)" for the known key closest to
// key by edit distance, or "" when none is close enough to be a typo.
func suggestion(key string, known []string) string {
	best, bestDist := "", 0
	for _, k := range known {
		dist := editDistance(strings.ToLower(key), k)
		if best == "" || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	limit := max(2, len(key)/3)
	if best == "" || bestDist > limit {
		if len(known) > 0 {
			return " (known keys here: " + strings.Join(known, ", ") + ")"
		}
		return ""
	}
	return " (did you mean " + best + "?)"
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
