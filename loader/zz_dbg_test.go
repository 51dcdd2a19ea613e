package loader

import (
	"fmt"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestZZDbg(t *testing.T) {
	body := "Some people in Beijing organised a demonstration themselves in protest against the wrong attitude and practice Japan had taken recently, Foreign Ministry spokesperson Qin Gang said on Saturday."
	ex, _ := NewExtractor().Extract(Document{Article: graph.Article{ID: "t", Published: "2005-04-09"}, Body: body})
	for _, e := range ex.Events {
		for _, c := range e.Claims {
			fmt.Println(e.Type, ids(e.Actors), ids(e.Targets), e.Date, c.Rule, c.Sentence)
		}
	}
}
