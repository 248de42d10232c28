"""The mini program as files: where each output goes (:mod:`layout`), page/app templates, subpackages, the
dependency graph, placeholders for units that did not convert, the atomic write and the file-by-file sync,
and WeChat's own compilers that check the result."""
