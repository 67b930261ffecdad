package org.latentexplorer.cli;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** Failures as the one line the CLI prints after "error: ": the file or option, then the problem, then the choices. */
final class ErrorLines {
    /** java.io's "PATH (Reason)". */
    private static final Pattern IO_MESSAGE = Pattern.compile("^(.*) \\(([^()]*)\\)$");

    private ErrorLines() {
    }

    static String describe(Throwable e) {
        if (e instanceof FileSystemException fs) {
            return fileSystem(fs);
        }
        if (e instanceof FileNotFoundException) {
            return fileNotFound(e.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: the Java heap is full; ask for less (a smaller count, size or --limit)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }

    private static String fileSystem(FileSystemException e) {
        String file = e.getFile() == null ? "" : e.getFile() + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile());
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            reason = standardReason(e);
        } else if (!(e instanceof AccessDeniedException || e instanceof NoSuchFileException) && Character.isUpperCase(reason.charAt(0))) {
            reason = reason.toLowerCase(Locale.ROOT); // the system's own words, e.g. "Read-only file system"
        }
        return file.isEmpty() ? reason : file + ": " + reason;
    }

    private static String standardReason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            return "is not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return e.getClass().getSimpleName();
    }

    private static String fileNotFound(String message) {
        if (message == null) {
            return "file not found";
        }
        Matcher m = IO_MESSAGE.matcher(message);
        if (!m.matches()) {
            return message;
        }
        String reason = m.group(2).toLowerCase(Locale.ROOT);
        if (reason.equals("no such file or directory")) {
            reason = "no such file or folder";
        } else if (reason.equals("is a directory")) {
            reason = "is a folder";
        }
        return m.group(1) + ": " + reason;
    }

    /** A command-line mistake; an enum option lists its values, e.g. "--schedule: 'linear' is not one of constant, cosine". */
    static String usage(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        boolean ownConverter = arg != null && arg.converters() != null && arg.converters().length > 0;
        if (arg != null && !ownConverter && e.getValue() != null && isEnum(arg) && arg.completionCandidates() != null) {
            String choices = StreamSupport.stream(arg.completionCandidates().spliterator(), false)
                    .map(c -> c.toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
            return name(arg) + ": '" + e.getValue() + "' is not one of " + choices;
        }
        String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        return e.getMessage() + " (see " + help + ")";
    }

    private static boolean isEnum(ArgSpec arg) {
        Class<?>[] types = arg.auxiliaryTypes();
        return arg.type().isEnum() || (types != null && types.length > 0 && types[0].isEnum());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
