package org.competenceatlas.limits;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer when the container forwards a failed request to the error path: its own status with a
 * short JSON body, never a stack trace. Asked for directly, the error path is a page like any other
 * that does not exist, 404, where Spring Boot's default answered 500 with status 999.
 */
@Controller
class ErrorAnswers implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    var status =
        code instanceof Integer value && HttpStatus.resolve(value) != null
            ? HttpStatus.valueOf(value)
            : HttpStatus.NOT_FOUND;
    var body = new LinkedHashMap<String, Object>();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    body.put("path", path == null ? request.getRequestURI() : path);
    return ResponseEntity.status(status).body(body);
  }
}
