package fieldrule

import "testing"

func TestPointer(t *testing.T) {
	for ns, want := range map[string]string{
		"Dataset.state":                                       "/state",
		"Dataset.recommendations[3].text[en]":                 "/recommendations/3/text/en",
		"Dataset.mechanism.focalPoints[0].entityId":           "/mechanism/focalPoints/0/entityId",
		"Result.dimensions[3].criteria[0].\x00.thresholds[2]": "/dimensions/3/criteria/0/thresholds/2",
		"Dataset.entities[1].name[a/b~c]":                     "/entities/1/name/a~1b~0c",
		"Dataset":                                             "",
	} {
		if got := Pointer(ns); got != want {
			t.Errorf("Pointer(%q) = %q, want %q", ns, got, want)
		}
	}
}
