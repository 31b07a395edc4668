// Package crosscheck finds the independent tools that tests check the
// library against (Node with ajv, Python with jsonschema or openpyxl,
// LibreOffice, rsvg-convert) and decides what a test does when one is
// missing: on a developer's machine it is skipped, with the command that
// installs the tool; in continuous integration (CI=true, as CI services
// set it, or NMIRF_CROSSVAL set to anything) it fails, so that a machine
// without the tool cannot pass in silence.
package crosscheck

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Strict reports whether a missing tool fails a test rather than skipping
// it: when CI is "true" or NMIRF_CROSSVAL is set.
func Strict() bool {
	return os.Getenv("CI") == "true" || os.Getenv("NMIRF_CROSSVAL") != ""
}

// Missing fails the test under Strict and skips it otherwise, saying what
// is missing and how to install it.
func Missing(t testing.TB, what, install string, err error) {
	t.Helper()
	msg := fmt.Sprintf("%s is missing (%v); install it with: %s", what, err, install)
	if Strict() {
		t.Fatal(msg + " (a missing cross-check tool fails under CI=true)")
	}
	t.Skip(msg)
}

// DebianPython is the interpreter of Debian's python3 packages
// (python3-jsonschema, python3-openpyxl). A python3 found first on the PATH
// may be another interpreter that does not see them.
const DebianPython = "/usr/bin/python3"

// Python returns a Python 3 interpreter that imports every module named,
// trying in order the interpreter NMIRF_PYTHON names, DebianPython and the
// python3 on the PATH. It returns an error naming what was tried when none
// does.
func Python(modules ...string) (string, error) {
	var tried []string
	candidates := []string{os.Getenv("NMIRF_PYTHON"), DebianPython}
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	code := "import " + strings.Join(modules, ", ")
	if len(modules) == 0 {
		code = "pass"
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if err := exec.Command(c, "-c", code).Run(); err != nil {
			tried = append(tried, fmt.Sprintf("%s: %v", c, err))
			continue
		}
		return c, nil
	}
	if len(tried) == 0 {
		return "", errors.New("no python3 interpreter")
	}
	return "", fmt.Errorf("no python3 that imports %s (%s)", strings.Join(modules, ", "), strings.Join(tried, "; "))
}

// RequirePython returns an interpreter as Python does, or ends the test
// through Missing, naming the Debian packages that bring the modules.
func RequirePython(t testing.TB, debianPackages string, modules ...string) string {
	t.Helper()
	p, err := Python(modules...)
	if err != nil {
		Missing(t, "Python 3 with "+strings.Join(modules, ", "), "apt-get install "+debianPackages, err)
	}
	return p
}

// RequireCommand returns the path of an executable on the PATH, or ends
// the test through Missing.
func RequireCommand(t testing.TB, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name, install, err)
	}
	return p
}
