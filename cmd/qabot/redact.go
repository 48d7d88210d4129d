package main

import (
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// redacted returns a copy of cfg with every field tagged qabot:"secret"
// replaced by redactSecret of its value, at any depth.
func redacted(cfg Config) Config {
	v := reflect.ValueOf(&cfg).Elem()
	redactValue(v)
	return cfg
}

func redactValue(v reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := v.Field(i)
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		switch {
		case sf.Tag.Get("qabot") == "secret" && f.Kind() == reflect.String:
			f.SetString(redactSecret(f.String()))
		case f.Kind() == reflect.Struct:
			redactValue(f)
		}
	}
}

// tokenKinds are the public prefixes of Slack's token kinds: they say
// which token is configured without saying anything secret.
var tokenKinds = []string{"xoxb-", "xapp-", "xoxp-", "xoxe-", "xoxa-", "xoxs-"}

// redactSecret hides a secret's value, keeping only a token kind prefix
// such as "xoxb-" so a reader can tell which token is configured:
// "xoxb-…(redacted)", or "<redacted>". An empty value stays empty, so that
// "not set" remains visible.
func redactSecret(s string) string {
	if s == "" {
		return ""
	}
	for _, k := range tokenKinds {
		if strings.HasPrefix(s, k) && len(s) > len(k)+8 {
			return k + "…(redacted)"
		}
	}
	return "<redacted>"
}

// effectiveYAML renders cfg, secrets redacted, as YAML, with each value's
// origin in a comment at the end of its line: "default", the file and
// line, the environment variable or the flag.
func effectiveYAML(cfg Config, origins configOrigins) ([]byte, error) {
	var doc yaml.Node
	if err := doc.Encode(redacted(cfg)); err != nil {
		return nil, err
	}
	commentOrigins(&doc, "", origins)
	return yaml.Marshal(&doc)
}

// commentOrigins writes each leaf's origin as the line comment of the
// mapping n, whose key is path.
func commentOrigins(n *yaml.Node, path string, origins configOrigins) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := joinKey(path, k.Value)
		if v.Kind == yaml.MappingNode {
			commentOrigins(v, key, origins)
			continue
		}
		if v.Kind == yaml.SequenceNode {
			v.Style = yaml.FlowStyle // on one line, with its comment
		}
		v.LineComment = origins.of(key)
	}
}
