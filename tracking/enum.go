package tracking

//go:generate go run ../internal/cmd/enumgen -pkg tracking -codelists ../schema/codelists -o enums_gen.go
