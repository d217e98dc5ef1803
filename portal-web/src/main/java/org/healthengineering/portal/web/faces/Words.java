package org.healthengineering.portal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a person reads for a value the code knows by a name: {@code #{words.of(mentoring.status)}} gives
 * "Waiting for an answer", never {@code REQUESTED}. An enum's words come from the bundle key
 * {@code enum.<SimpleName>.<NAME>}, else from its {@code label}; an enum with neither is a gap the
 * {@code WordsTest} finds, and until then shows its name in sentence case rather than in capitals.
 */
@Named
@ApplicationScoped
public class Words {

    /** The words for an enum constant (or any other value's text). */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            String key = bundleKey(constant);
            ResourceBundle bundle = bundle();
            if (bundle != null && bundle.containsKey(key)) {
                return bundle.getString(key);
            }
            String label = label(constant);
            return label != null ? label : sentenceCase(constant.name());
        }
        return value.toString();
    }

    /** The bundle's text for the key with its {@code {0}} filled in: {@code #{words.text('hospital.beds', h.beds)}}. */
    public String text(String key, Object argument) {
        return fill(key, argument);
    }

    /** The bundle's text for the key with {@code {0}} and {@code {1}} filled in. */
    public String text(String key, Object first, Object second) {
        return fill(key, first, second);
    }

    /** The bundle's text for {@code key} with three arguments. */
    public String text(String key, Object first, Object second, Object third) {
        return fill(key, first, second, third);
    }

    /** The bundle's text for {@code key} with four arguments. */
    public String text(String key, Object first, Object second, Object third, Object fourth) {
        return fill(key, first, second, third, fourth);
    }

    /**
     * The bundle's text for the key (the key itself when missing) with {@code {0}}, {@code {1}}… filled in. The
     * bundle's texts are plain words: an apostrophe is an apostrophe, not MessageFormat's quote.
     */
    public static String fill(String key, Object... arguments) {
        ResourceBundle bundle = bundle();
        String pattern = bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern
                : new java.text.MessageFormat(pattern.replace("'", "''"), Locale.UK).format(arguments);
    }

    /** For a list of options: the enum's words, or the named property of any other option ({@code label} by default). */
    public String label(Object option, String property) {
        if (option == null || option instanceof Enum<?>) {
            return of(option);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Object text = context.getApplication().getELResolver().getValue(context.getELContext(), option,
                property == null || property.isBlank() ? "label" : property);
        return text == null ? "" : text.toString();
    }

    /** {@code enum.<Type>.<NAME>}, a nested type named with its outer one: {@code enum.NextStep.Kind.PLAN_OBJECTIVE}. */
    static String bundleKey(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        return "enum." + name + "." + constant.name();
    }

    static String label(Enum<?> constant) {
        try {
            Object label = constant.getDeclaringClass().getMethod("getLabel").invoke(constant);
            return label == null ? null : label.toString();
        } catch (ReflectiveOperationException none) {
            return null;
        }
    }

    static String sentenceCase(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The same bundle as the pages' {@code msg} (faces-config: base name "messages", locale en_GB). */
    private static ResourceBundle bundle() {
        try {
            return ResourceBundle.getBundle("messages", Locale.UK, Words.class.getClassLoader());
        } catch (MissingResourceException none) {
            return null;
        }
    }
}
