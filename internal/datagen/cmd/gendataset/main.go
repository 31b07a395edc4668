// Command gendataset writes a generated dataset (see package datagen) of n
// recommendations, as tracking.Encode writes it, for measuring the programs
// on large documents:
//
//	go run ./internal/datagen/cmd/gendataset -n 10000 -o /tmp/ds10k.json
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/tracking"
)

func main() {
	n := flag.Int("n", 10_000, "the number of recommendations")
	out := flag.String("o", "", "the file to write (standard output when empty)")
	flag.Parse()
	data, err := tracking.Encode(datagen.Dataset(*n))
	if err == nil {
		if *out == "" {
			_, err = os.Stdout.Write(data)
		} else {
			err = os.WriteFile(*out, data, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendataset:", err)
		os.Exit(1)
	}
}
