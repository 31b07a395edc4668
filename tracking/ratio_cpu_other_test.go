//go:build !unix

package tracking_test

import "time"

// processCPU returns 0 where the CPU time of the process is not read, and
// BenchmarkCheckRatio then leaves out its CPU ratios.
func processCPU() time.Duration { return 0 }
