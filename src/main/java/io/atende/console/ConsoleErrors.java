package io.atende.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A missing conversation is a friendly page, never a stack trace (the JSON endpoints answer JSON themselves). */
@ControllerAdvice(assignableTypes = {ConsoleController.class, ConsoleHandoffController.class})
class ConsoleErrors {

    @ExceptionHandler(ConversationNotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("console/not-found");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
