package org.latentexplorer.cli;

import org.latentexplorer.ui.i18n.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang}: the language of the window, else the system's when the window speaks it, else English. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG", converter = Converter.class,
            description = "language of the window: en, fi, pl, ms, hu or nl (default: the system's language when it is one of them, else en)")
    Language language;

    Language chosen() {
        return language != null ? language : Language.chosen(null);
    }

    static final class Converter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
