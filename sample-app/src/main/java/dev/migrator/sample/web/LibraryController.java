package dev.migrator.sample.web;

import dev.migrator.sample.domain.Author;
import dev.migrator.sample.domain.AuthorRepository;
import dev.migrator.sample.domain.Book;
import dev.migrator.sample.domain.BookRepository;
import dev.migrator.sample.domain.Loan;
import dev.migrator.sample.domain.LoanRepository;
import dev.migrator.sample.domain.Member;
import dev.migrator.sample.domain.MemberRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The library's REST API: the catalogue, members and loans. */
@RestController
public class LibraryController {

    /** How long a loan lasts. */
    private static final int LOAN_DAYS = 21;

    private final AuthorRepository authors;
    private final BookRepository books;
    private final MemberRepository members;
    private final LoanRepository loans;
    private final Clock clock = Clock.systemDefaultZone();

    public LibraryController(AuthorRepository authors, BookRepository books, MemberRepository members,
            LoanRepository loans) {
        this.authors = authors;
        this.books = books;
        this.members = members;
        this.loans = loans;
    }

    public record AuthorView(Long id, String name) {
        static AuthorView of(Author author) {
            return new AuthorView(author.getId(), author.getName());
        }
    }

    public record BookView(Long id, String title, String isbn, String author, Integer publishedYear) {
        static BookView of(Book book) {
            return new BookView(book.getId(), book.getTitle(), book.getIsbn(), book.getAuthor().getName(),
                    book.getPublishedYear());
        }
    }

    public record MemberView(Long id, String email, String name, LocalDate joinedOn) {
        static MemberView of(Member member) {
            return new MemberView(member.getId(), member.getEmail(), member.getName(), member.getJoinedOn());
        }
    }

    public record LoanView(Long id, Long bookId, String title, Long memberId, LocalDate dueOn, LocalDateTime returnedAt) {
        static LoanView of(Loan loan) {
            return new LoanView(loan.getId(), loan.getBook().getId(), loan.getBook().getTitle(),
                    loan.getMember().getId(), loan.getDueOn(), loan.getReturnedAt());
        }
    }

    public record NewAuthor(String name) {
    }

    public record NewBook(String title, String isbn, Long authorId, Integer publishedYear) {
    }

    public record NewMember(String email, String name) {
    }

    public record NewLoan(Long bookId, Long memberId) {
    }

    @GetMapping("/authors")
    @Transactional(readOnly = true)
    public List<AuthorView> authors() {
        return authors.findAll().stream().map(AuthorView::of).toList();
    }

    @PostMapping("/authors")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public AuthorView addAuthor(@RequestBody NewAuthor author) {
        return AuthorView.of(authors.save(new Author(author.name())));
    }

    @GetMapping("/books")
    @Transactional(readOnly = true)
    public List<BookView> books() {
        return books.findAll().stream().map(BookView::of).toList();
    }

    @PostMapping("/books")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public BookView addBook(@RequestBody NewBook book) {
        Author author = authors.findById(book.authorId()).orElseThrow(() -> notFound("author", book.authorId()));
        return BookView.of(books.save(new Book(book.title(), book.isbn(), author, book.publishedYear())));
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public MemberView join(@RequestBody NewMember member) {
        return MemberView.of(members.save(new Member(member.email(), member.name(), LocalDate.now(clock))));
    }

    @PostMapping("/loans")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public LoanView lend(@RequestBody NewLoan request) {
        Book book = books.findById(request.bookId()).orElseThrow(() -> notFound("book", request.bookId()));
        Member member = members.findById(request.memberId()).orElseThrow(() -> notFound("member", request.memberId()));
        LocalDateTime now = LocalDateTime.now(clock);
        return LoanView.of(loans.save(new Loan(book, member, now, now.toLocalDate().plusDays(LOAN_DAYS))));
    }

    @PostMapping("/loans/{id}/return")
    @Transactional
    public LoanView giveBack(@PathVariable Long id) {
        Loan loan = loans.findById(id).orElseThrow(() -> notFound("loan", id));
        loan.returned(LocalDateTime.now(clock));
        return LoanView.of(loan);
    }

    @GetMapping("/members/{id}/loans")
    @Transactional(readOnly = true)
    public List<LoanView> openLoans(@PathVariable Long id) {
        return loans.findByMemberIdAndReturnedAtIsNull(id).stream().map(LoanView::of).toList();
    }

    private static ResponseStatusException notFound(String what, Long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " with id " + id);
    }
}
